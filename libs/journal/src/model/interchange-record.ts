import { FindingRecord } from './finding';
import { IngestChannel, InterchangeOutcome } from './interchange';
import { FlightKey } from './message';

/** One message of an interchange being recorded, with the findings raised against it. */
export interface MessageRecord {
  type: string;
  reference: string;
  accessReference?: string | null;
  partNumber?: number | null;
  partLast?: boolean | null;
  outcome: InterchangeOutcome;
  flight?: Partial<FlightKey>;
  travellers?: number;
  pnrs?: number;
  airports?: readonly string[];
  normalisedJson?: string | null;
  findings?: readonly FindingRecord[];
}

/** Everything ingest learned about one interchange, written by the journal in one transaction. */
export interface InterchangeRecord {
  carrierId?: string | null;
  channel: IngestChannel;
  senderId: string;
  recipientId: string;
  controlReference: string;
  /** The bytes exactly as received; the journal derives their digest and size. */
  raw: Uint8Array;
  /**
   * SHA-256 of `raw` (hex), when the caller has already computed it to look for an earlier copy;
   * the journal computes it otherwise.
   */
  sha256?: string;
  test: boolean;
  outcome: InterchangeOutcome;
  /** When the adapter received the bytes; defaults to now. */
  receivedAt?: Date;
  duplicateOf?: string | null;
  /** In interchange order; positions are numbered from 1 in this order. */
  messages: readonly MessageRecord[];
  /** Findings about the interchange as a whole (envelope, counts, references). */
  findings?: readonly FindingRecord[];
  /** The CONTRL sent back, when one is. */
  contrl?: string | null;
}

/** What the journal committed. */
export interface RecordedInterchange {
  interchangeId: string;
  /** One id per `MessageRecord`, in the same order. */
  messageIds: string[];
  /** The messages placed in the outbox: enqueue these, then mark them enqueued. */
  outboxMessageIds: string[];
}

/** What an earlier copy of an interchange is looked for by: its sender's reference, its bytes. */
export interface InterchangeIdentity {
  senderId: string;
  controlReference: string;
  /** SHA-256 of the bytes as received (hex). */
  sha256: string;
}

/** The record ingest writes, and what ingest concluded in making it (kept for its answer). */
export interface IngestEntry<T> {
  record: InterchangeRecord;
  verdict: T;
}
