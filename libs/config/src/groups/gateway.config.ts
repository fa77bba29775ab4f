import { IsIntegerInRange, IsNonEmptyString, IsListenPort } from '../validation/config.decorators';

/** The carrier-facing HTTPS listener (mutual TLS). */
export class GatewayConfig {
  @IsNonEmptyString() readonly host!: string;
  @IsListenPort() readonly port!: number;
  /** Largest interchange accepted in one request body. */
  @IsIntegerInRange(1) readonly bodyLimitBytes!: number;
  /** How long a client may take to send a request's headers, in ms. */
  @IsIntegerInRange(1) readonly headersTimeoutMs!: number;
  /** How long a client may take to send a whole request, headers and body, in ms. */
  @IsIntegerInRange(1) readonly requestTimeoutMs!: number;
  /** How long an idle keep-alive connection stays open between requests, in ms. */
  @IsIntegerInRange(1) readonly keepAliveTimeoutMs!: number;
}
