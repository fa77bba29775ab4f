import { IsIntegerInRange } from '../validation/config.decorators';

/** Retry policy for deliveries to destinations; after the last attempt a delivery is dead. */
export class DeliveryConfig {
  @IsIntegerInRange(1) readonly attempts!: number;
  /** First retry delay; doubles with each attempt up to maxBackoffMs. */
  @IsIntegerInRange(0) readonly backoffMs!: number;
  @IsIntegerInRange(0) readonly maxBackoffMs!: number;
  /** Default for webhook destinations that set no timeoutMs of their own. */
  @IsIntegerInRange(1) readonly webhookTimeoutMs!: number;
}
