import { Describe } from '../schema/describe.decorator';
import { IsNonEmptyString, IsPort } from '../validation/config.decorators';

@Describe('Redis behind the queue (BullMQ).')
export class RedisConfig {
  @Describe('Host name.') @IsNonEmptyString() readonly host!: string;
  @Describe('TCP port.') @IsPort() readonly port!: number;
  @Describe('Key prefix, so several installations can share one Redis.')
  @IsNonEmptyString()
  readonly prefix!: string;
}
