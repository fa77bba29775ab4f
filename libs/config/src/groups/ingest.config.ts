import { IsIntegerInRange } from '../validation/config.decorators';

/** What every channel shares about taking an interchange in. */
export class IngestConfig {
  /**
   * Tries of one file or message whose ingest fails or crashes before it is quarantined (moved
   * aside and answered with a CONTRL that rejects it), so that poison is not retried forever.
   */
  @IsIntegerInRange(1, 100) readonly maxAttempts!: number;
}
