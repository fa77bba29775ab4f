import { JournalAck } from './ack';
import { Delivery } from './delivery';
import { JournalFinding } from './finding';
import { JournalInterchange } from './interchange';
import { JournalEvent } from './journal-event';
import { JournalMessage } from './message';

/** Everything the journal knows about one interchange, for a technician or a carrier to read. */
export interface InterchangeStory {
  interchange: JournalInterchange;
  findings: JournalFinding[];
  ack: JournalAck | null;
  messages: JournalMessage[];
  deliveries: Delivery[];
  /** The interchange's, its messages' and their deliveries' events, in time order. */
  events: JournalEvent[];
}
