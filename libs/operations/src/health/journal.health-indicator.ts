import type { JournalReader } from '@app/journal';
import { HealthIndicator } from './health-indicator';
import { withTimeout } from './with-timeout';

/** The journal answers a trivial query. */
export class JournalHealthIndicator implements HealthIndicator {
  readonly name = 'journal';

  constructor(private readonly reader: JournalReader) {}

  check(timeoutMs: number): Promise<void> {
    return withTimeout(this.reader.ping(), timeoutMs, 'the journal');
  }
}
