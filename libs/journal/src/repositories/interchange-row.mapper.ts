import { Selectable } from 'kysely';
import { InterchangesTable } from '../database/database';
import { JournalInterchange } from '../model/interchange';
import { InterchangeSummary } from '../model/interchange-query';
import { fromIsoTime, isoTime, toFlag } from '../support/journal-time';

export type InterchangeRow = Selectable<InterchangesTable>;

/** Every column but `raw`: lists must not drag megabytes of interchange bytes along. */
export const INTERCHANGE_SUMMARY_COLUMNS = [
  'id',
  'carrier_id',
  'channel',
  'sender_id',
  'recipient_id',
  'control_reference',
  'sha256',
  'size',
  'test',
  'outcome',
  'received_at',
  'duplicate_of',
] as const;

type SummaryColumn = (typeof INTERCHANGE_SUMMARY_COLUMNS)[number];

/**
 * The summary columns a join with `messages` selects under their own names: the two that
 * `messages` also has (`id`, `outcome`) are read as `messages.interchange_id` and under an alias.
 */
export const INTERCHANGE_JOINED_COLUMNS = INTERCHANGE_SUMMARY_COLUMNS.filter(
  (c): c is Exclude<SummaryColumn, 'id' | 'outcome'> => c !== 'id' && c !== 'outcome',
).map((c) => `interchanges.${c}` as const);

export function toInterchangeRow(i: JournalInterchange): InterchangeRow {
  return {
    id: i.id,
    carrier_id: i.carrierId,
    channel: i.channel,
    sender_id: i.senderId,
    recipient_id: i.recipientId,
    control_reference: i.controlReference,
    raw: i.raw,
    sha256: i.sha256,
    size: i.size,
    test: toFlag(i.test),
    outcome: i.outcome,
    received_at: isoTime(i.receivedAt),
    duplicate_of: i.duplicateOf,
  };
}

export function toJournalInterchange(row: InterchangeRow): JournalInterchange {
  return { ...toInterchangeSummary(row), raw: row.raw };
}

export function toInterchangeSummary(row: Omit<InterchangeRow, 'raw'>): InterchangeSummary {
  return {
    id: row.id,
    carrierId: row.carrier_id,
    channel: row.channel,
    senderId: row.sender_id,
    recipientId: row.recipient_id,
    controlReference: row.control_reference,
    sha256: row.sha256,
    size: row.size,
    test: row.test === 1,
    outcome: row.outcome,
    receivedAt: fromIsoTime(row.received_at),
    duplicateOf: row.duplicate_of,
  };
}
