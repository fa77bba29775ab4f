import { Describe } from '../schema/describe.decorator';
import { IsIntegerInRange } from '../validation/config.decorators';

/** After the last attempt a delivery is dead. */
@Describe('Retry policy for deliveries to destinations.')
export class DeliveryConfig {
  @Describe('Attempts before a delivery is dead-lettered.')
  @IsIntegerInRange(1)
  readonly attempts!: number;
  @Describe('First retry delay in milliseconds; doubles with each attempt.')
  @IsIntegerInRange(0)
  readonly backoffMs!: number;
  @Describe('Longest retry delay in milliseconds; at least backoffMs.')
  @IsIntegerInRange(0)
  readonly maxBackoffMs!: number;
  @Describe('Timeout of a webhook call in milliseconds, unless the destination sets its own.')
  @IsIntegerInRange(1)
  readonly webhookTimeoutMs!: number;
}
