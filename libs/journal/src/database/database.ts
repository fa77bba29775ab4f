import type { Generated } from 'kysely';
import { AssemblyStatus } from '../model/assembly';
import { DeliveryStatus } from '../model/delivery';
import { FindingKind } from '../model/finding';
import { IngestChannel, InterchangeOutcome } from '../model/interchange';
import { SubjectType } from '../model/journal-event';
import { MessageStatus } from '../model/message';

/*
 * Column conventions, chosen so one schema serves SQLite and PostgreSQL alike:
 * - times are ISO-8601 UTC text from Date#toISOString: fixed width, so text order is time order;
 * - flags are 0/1 integers, since SQLite has no boolean and better-sqlite3 will not bind one;
 * - JSON is text, parsed at the repository edge;
 * - bytes are blob (SQLite) or bytea (PostgreSQL), read back as a Buffer by both drivers.
 */

/** ISO-8601 UTC timestamp text. */
export type IsoTime = string;
export type Flag = 0 | 1;

export interface CarriersTable {
  id: string;
  name: string;
  created_at: IsoTime;
}

export interface CarrierSendersTable {
  carrier_id: string;
  sender_id: string;
  qualifier: string;
}

export interface InterchangesTable {
  id: string;
  carrier_id: string | null;
  channel: IngestChannel;
  sender_id: string;
  recipient_id: string;
  control_reference: string;
  raw: Buffer;
  sha256: string;
  size: number;
  test: Flag;
  outcome: InterchangeOutcome;
  received_at: IsoTime;
  duplicate_of: string | null;
}

export interface MessagesTable {
  id: string;
  interchange_id: string;
  position: number;
  type: string;
  reference: string;
  access_reference: string | null;
  part_number: number | null;
  part_last: Flag | null;
  outcome: InterchangeOutcome;
  status: MessageStatus;
  carrier_code: string | null;
  flight_number: string | null;
  departure_date: string | null;
  travellers_count: number;
  pnrs_count: number;
  airports: string;
}

/**
 * A message's normalised JSON, apart from its row: the row changes state several times on the
 * way out, and SQLite rewrites a whole record on update, tens of KB of JSON included.
 */
export interface MessageDocumentsTable {
  message_id: string;
  normalised: string;
}

export interface FindingsTable {
  id: string;
  interchange_id: string;
  message_id: string | null;
  /** Order of the finding as ingest reported it, so reports read the same every time. */
  position: number;
  kind: FindingKind;
  level: string;
  code: string | null;
  rule: string;
  text: string;
  location: string;
}

export interface AcksTable {
  interchange_id: string;
  contrl: string;
  created_at: IsoTime;
}

export interface DeliveriesTable {
  id: string;
  message_id: string;
  destination: string;
  status: DeliveryStatus;
  attempts: number;
  last_error: string | null;
  idempotency_key: string;
  created_at: IsoTime;
  updated_at: IsoTime;
  delivered_at: IsoTime | null;
}

export interface OutboxTable {
  message_id: string;
  created_at: IsoTime;
  enqueued_at: IsoTime | null;
}

export interface EventsTable {
  id: Generated<number>;
  subject_type: SubjectType;
  subject_id: string;
  state: string;
  detail: string | null;
  at: IsoTime;
}

/**
 * Tries of one inbound file or message (key chosen by its channel) whose ingest failed or was cut
 * short by a crash; a row exists only between a failure and the next success or quarantine.
 */
export interface IngestAttemptsTable {
  key: string;
  attempts: number;
  first_at: IsoTime;
  last_at: IsoTime;
  last_error: string | null;
  /** Quarantined where it lies (a polled file left on the remote): never tried again. */
  quarantined_at: IsoTime | null;
}

export interface AssembliesTable {
  id: string;
  carrier: string;
  message_type: string;
  access_reference: string;
  status: AssemblyStatus;
  part_count: number | null;
  opened_at: IsoTime;
  deadline_at: IsoTime;
  closed_at: IsoTime | null;
  /** JSON: AssemblyFinding[]. */
  findings: string;
}

export interface AssemblyPartsTable {
  assembly_id: string;
  part_number: number;
  message_id: string;
  last: Flag;
  added_at: IsoTime;
}

/** The journal's tables, for Kysely. */
export interface Database {
  carriers: CarriersTable;
  carrier_senders: CarrierSendersTable;
  interchanges: InterchangesTable;
  messages: MessagesTable;
  message_documents: MessageDocumentsTable;
  findings: FindingsTable;
  acks: AcksTable;
  deliveries: DeliveriesTable;
  outbox: OutboxTable;
  events: EventsTable;
  assemblies: AssembliesTable;
  assembly_parts: AssemblyPartsTable;
  ingest_attempts: IngestAttemptsTable;
}
