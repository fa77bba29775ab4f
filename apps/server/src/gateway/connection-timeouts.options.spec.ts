import { configDefaults, GatewayConfig } from '@app/config';
import { connectionTimeouts } from './connection-timeouts.options';

const gateway = (timeouts: Partial<GatewayConfig>): GatewayConfig => ({
  ...configDefaults().gateway,
  ...timeouts,
});

describe(connectionTimeouts.name, () => {
  it('gives Node the configured timeouts, and checks them at least every second', () => {
    const sut = connectionTimeouts(gateway({}));

    expect(sut).toEqual({
      headersTimeout: 10000,
      requestTimeout: 60000,
      keepAliveTimeout: 5000,
      connectionsCheckingInterval: 1000,
    });
  });

  it('checks a short timeout at half its length, so it is enforced near its end', () => {
    const sut = connectionTimeouts(
      gateway({ headersTimeoutMs: 600, requestTimeoutMs: 900, keepAliveTimeoutMs: 100 }),
    );

    expect(sut.connectionsCheckingInterval).toBe(300);
  });
});
