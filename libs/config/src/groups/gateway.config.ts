import { IsIntegerInRange, IsNonEmptyString, IsPort } from '../validation/config.decorators';

/** The carrier-facing HTTPS listener (mutual TLS). */
export class GatewayConfig {
  @IsNonEmptyString() readonly host!: string;
  @IsPort() readonly port!: number;
  /** Largest interchange accepted in one request body. */
  @IsIntegerInRange(1) readonly bodyLimitBytes!: number;
}
