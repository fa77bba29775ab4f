import { JournalAck } from './ack';
import { Delivery } from './delivery';
import { JournalFinding } from './finding';
import { JournalInterchange } from './interchange';
import { JournalEvent } from './journal-event';
import { MessageSummary } from './message';

/** Everything the journal knows about one interchange, for a technician or a carrier to read. */
export interface InterchangeStory {
  interchange: JournalInterchange;
  findings: JournalFinding[];
  ack: JournalAck | null;
  /** Without their documents, which no view of the story shows. */
  messages: MessageSummary[];
  deliveries: Delivery[];
  /** The interchange's, its messages' and their deliveries' events, in time order. */
  events: JournalEvent[];
}
