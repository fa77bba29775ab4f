import { IsIntegerInRange } from '../validation/config.decorators';

/**
 * How the worker holds its queue jobs. A worker that dies leaves its job locked for up to
 * `lockMs`; another worker's stalled check (every `stalledCheckMs`) then takes it back.
 */
export class JobsConfig {
  @IsIntegerInRange(1000) readonly lockMs!: number;
  @IsIntegerInRange(500) readonly stalledCheckMs!: number;
  /** Jobs of one queue a worker process runs at once: deliveries mostly wait on the network. */
  @IsIntegerInRange(1, 256) readonly concurrency!: number;
}
