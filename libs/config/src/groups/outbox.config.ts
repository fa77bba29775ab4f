import { IsIntegerInRange } from '../validation/config.decorators';

/** The sweeper that re-enqueues messages committed but never queued (crash between the two). */
export class OutboxConfig {
  @IsIntegerInRange(1) readonly sweepIntervalMs!: number;
  /** How old an unqueued outbox entry must be before the sweeper takes it. */
  @IsIntegerInRange(0) readonly staleAfterMs!: number;
}
