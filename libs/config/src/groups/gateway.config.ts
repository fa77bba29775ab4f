import { IsIntegerInRange, IsNonEmptyString, IsListenPort } from '../validation/config.decorators';

/** The carrier-facing HTTPS listener (mutual TLS). */
export class GatewayConfig {
  @IsNonEmptyString() readonly host!: string;
  @IsListenPort() readonly port!: number;
  /** Largest interchange accepted in one request body. */
  @IsIntegerInRange(1) readonly bodyLimitBytes!: number;
}
