import { Describe } from '../schema/describe.decorator';
import { IsIntegerInRange } from '../validation/config.decorators';

/**
 * A worker that dies leaves its job locked for up to `lockMs`; another worker's stalled check
 * (every `stalledCheckMs`) then takes it back.
 */
@Describe('How workers hold queue jobs, and how soon a job held by a dead worker is taken back.')
export class JobsConfig {
  @Describe(
    "How long a job's lock lasts without renewal, in milliseconds; a worker renews it at half this while it works.",
  )
  @IsIntegerInRange(1000)
  readonly lockMs!: number;
  @Describe(
    'How often a worker looks for jobs whose lock has lapsed (their worker died) and puts them back, in milliseconds.',
  )
  @IsIntegerInRange(500)
  readonly stalledCheckMs!: number;
  /** Deliveries mostly wait on the network. */
  @Describe('Jobs of one queue (routing, delivery) that one worker process runs at once.')
  @IsIntegerInRange(1, 256)
  readonly concurrency!: number;
}
