import { IsNonEmptyString, IsPort } from '../validation/config.decorators';

/** The Redis behind the queue (BullMQ). */
export class RedisConfig {
  @IsNonEmptyString() readonly host!: string;
  @IsPort() readonly port!: number;
  /** Key prefix, so several installations can share one Redis. */
  @IsNonEmptyString() readonly prefix!: string;
}
