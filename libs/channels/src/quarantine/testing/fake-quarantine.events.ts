import { NewJournalEvent } from '@app/journal';
import { QuarantineEvents } from '../poison-quarantine.policy';

/** Keeps the events the policy journals. */
export class FakeQuarantineEvents implements QuarantineEvents {
  readonly appended: NewJournalEvent[] = [];

  append(...events: NewJournalEvent[]): Promise<void> {
    this.appended.push(...events);
    return Promise.resolve();
  }
}
