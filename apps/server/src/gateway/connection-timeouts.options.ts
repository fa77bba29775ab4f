import { GatewayConfig } from '@app/config';
import type { ServerOptions } from 'node:http';

export type ConnectionTimeouts = Required<
  Pick<
    ServerOptions,
    'headersTimeout' | 'requestTimeout' | 'keepAliveTimeout' | 'connectionsCheckingInterval'
  >
>;

/** Node looks for expired requests every 30 s by default, stretching a 10 s timeout to 40 s. */
const LONGEST_CHECK_MS = 1000;

/**
 * Server options: how long the gateway's HTTPS server lets a client take over headers, a whole
 * request and an idle keep-alive connection before it closes the connection.
 */
export function connectionTimeouts(gateway: GatewayConfig): ConnectionTimeouts {
  const shortest = Math.min(gateway.headersTimeoutMs, gateway.requestTimeoutMs);
  return {
    headersTimeout: gateway.headersTimeoutMs,
    requestTimeout: gateway.requestTimeoutMs,
    keepAliveTimeout: gateway.keepAliveTimeoutMs,
    connectionsCheckingInterval: Math.max(1, Math.min(LONGEST_CHECK_MS, Math.floor(shortest / 2))),
  };
}
