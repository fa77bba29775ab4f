import { Describe } from '../schema/describe.decorator';
import { IsIntegerInRange } from '../validation/config.decorators';

/** The outbox holds what was committed to the journal until it is on the queue. */
@Describe('Sweeper that re-enqueues messages committed but never queued (a crash between the two).')
export class OutboxConfig {
  @Describe('How often the sweeper runs, in milliseconds.')
  @IsIntegerInRange(1)
  readonly sweepIntervalMs!: number;
  @Describe('Age in milliseconds at which an unqueued outbox entry is taken by the sweeper.')
  @IsIntegerInRange(0)
  readonly staleAfterMs!: number;
}
