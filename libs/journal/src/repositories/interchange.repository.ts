import { Kysely, Selectable, SelectQueryBuilder } from 'kysely';
import { Database, InterchangesTable } from '../database/database';
import { JournalInterchange } from '../model/interchange';
import { fromIsoTime, isoTime, toFlag } from '../support/journal-time';

type InterchangeRow = Selectable<InterchangesTable>;
type InterchangeQuery = SelectQueryBuilder<Database, 'interchanges', InterchangeRow>;

/** Interchanges as received, and the look-ups ingest needs to spot a resend. */
export class InterchangeRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(interchange: JournalInterchange): Promise<void> {
    await this.db.insertInto('interchanges').values(toRow(interchange)).execute();
  }

  async findById(id: string): Promise<JournalInterchange | undefined> {
    const row = await this.db
      .selectFrom('interchanges')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toInterchange(row);
  }

  /**
   * The first interchange from this sender with this control reference (UNB 0020, which a
   * sender must never reuse), passing over those already recorded as duplicates.
   */
  findEarlierBySenderReference(
    senderId: string,
    controlReference: string,
  ): Promise<JournalInterchange | undefined> {
    return this.findFirst((q) =>
      q.where('sender_id', '=', senderId).where('control_reference', '=', controlReference),
    );
  }

  /** The first interchange with exactly these bytes, passing over recorded duplicates. */
  findEarlierBySha256(sha256: string): Promise<JournalInterchange | undefined> {
    return this.findFirst((q) => q.where('sha256', '=', sha256));
  }

  private async findFirst(
    filter: (q: InterchangeQuery) => InterchangeQuery,
  ): Promise<JournalInterchange | undefined> {
    const all = this.db.selectFrom('interchanges').selectAll();
    const row = await filter(all)
      .where('outcome', '<>', 'duplicate')
      .orderBy('received_at')
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
    return row && toInterchange(row);
  }
}

function toRow(i: JournalInterchange): InterchangeRow {
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

function toInterchange(row: InterchangeRow): JournalInterchange {
  return {
    id: row.id,
    carrierId: row.carrier_id,
    channel: row.channel,
    senderId: row.sender_id,
    recipientId: row.recipient_id,
    controlReference: row.control_reference,
    raw: row.raw,
    sha256: row.sha256,
    size: row.size,
    test: row.test === 1,
    outcome: row.outcome,
    receivedAt: fromIsoTime(row.received_at),
    duplicateOf: row.duplicate_of,
  };
}
