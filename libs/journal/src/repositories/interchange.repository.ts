import { Kysely, Selectable, SelectQueryBuilder, sql } from 'kysely';
import { Database, InterchangesTable } from '../database/database';
import { journalDialect } from '../database/journal-dialect';
import { InterchangeOutcome, JournalInterchange } from '../model/interchange';
import { InterchangeFilter, InterchangeSummary } from '../model/interchange-query';
import { chunks } from '../support/chunks';
import { fromIsoTime, isoTime, toFlag } from '../support/journal-time';

type InterchangeRow = Selectable<InterchangesTable>;
type InterchangeQuery = SelectQueryBuilder<Database, 'interchanges', InterchangeRow>;

/** Every column but `raw`: lists must not drag megabytes of interchange bytes along. */
const SUMMARY_COLUMNS = [
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
   * sender must never reuse), among those accepted: a rejected interchange may be sent again.
   */
  findEarlierBySenderReference(
    senderId: string,
    controlReference: string,
  ): Promise<JournalInterchange | undefined> {
    return this.findFirst((q) =>
      q.where('sender_id', '=', senderId).where('control_reference', '=', controlReference),
    );
  }

  /**
   * Inside a transaction: holds, until it ends, the right to judge an interchange with this
   * sender and reference, or these bytes, as the first. Under PostgreSQL's READ COMMITTED two
   * transactions could otherwise both find no earlier copy and both accept; the second now waits
   * and then sees the first. SQLite runs one write transaction at a time already.
   */
  async lockIdentity(senderId: string, controlReference: string, sha256: string): Promise<void> {
    if (journalDialect(this.db) !== 'postgres') return;
    // Always in the same order, so two transactions never wait on each other's second lock.
    // JSON keeps the two fields apart whatever they hold (PostgreSQL text cannot carry NUL).
    const keys = [JSON.stringify(['reference', senderId, controlReference]), `bytes:${sha256}`];
    for (const key of keys.sort()) {
      await sql`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(this.db);
    }
  }

  /** The first accepted interchange with exactly these bytes. */
  findEarlierBySha256(sha256: string): Promise<JournalInterchange | undefined> {
    return this.findFirst((q) => q.where('sha256', '=', sha256));
  }

  /** Interchanges matching `filter`, newest first, without their bytes. */
  async list(filter: InterchangeFilter = {}): Promise<InterchangeSummary[]> {
    let query = this.db.selectFrom('interchanges').select(SUMMARY_COLUMNS);
    if (filter.carrierId !== undefined) query = query.where('carrier_id', '=', filter.carrierId);
    if (filter.outcome !== undefined) query = query.where('outcome', '=', filter.outcome);
    if (filter.receivedFrom !== undefined) {
      query = query.where('received_at', '>=', isoTime(filter.receivedFrom));
    }
    if (filter.receivedBefore !== undefined) {
      query = query.where('received_at', '<', isoTime(filter.receivedBefore));
    }
    const flight = filter.flight;
    if (flight !== undefined) {
      // `exists`, not a join: an interchange with two messages about the flight is listed once.
      query = query.where((eb) =>
        eb.exists(
          eb
            .selectFrom('messages')
            .select('messages.id')
            .whereRef('messages.interchange_id', '=', 'interchanges.id')
            .where('messages.carrier_code', '=', flight.carrierCode)
            .where('messages.flight_number', '=', flight.flightNumber)
            .$if(flight.departureDate !== undefined, (q) =>
              q.where('messages.departure_date', '=', flight.departureDate ?? ''),
            ),
        ),
      );
    }
    const rows = await query
      .orderBy('received_at', 'desc')
      .orderBy('id', 'desc')
      .limit(filter.limit ?? 100)
      .execute();
    return rows.map(toSummary);
  }

  /** An interchange without its bytes, for the work that needs only its envelope (routing). */
  async findSummaryById(id: string): Promise<InterchangeSummary | undefined> {
    const row = await this.db
      .selectFrom('interchanges')
      .select(SUMMARY_COLUMNS)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toSummary(row);
  }

  /** An interchange's bytes as received, alone. */
  async findRaw(id: string): Promise<Buffer | undefined> {
    const row = await this.db
      .selectFrom('interchanges')
      .select('raw')
      .where('id', '=', id)
      .executeTakeFirst();
    return row?.raw;
  }

  /** The summaries of these interchanges, in no particular order; unknown ids are left out. */
  async summariesOf(ids: readonly string[]): Promise<InterchangeSummary[]> {
    const out: InterchangeSummary[] = [];
    for (const batch of chunks(ids)) {
      const rows = await this.db
        .selectFrom('interchanges')
        .select(SUMMARY_COLUMNS)
        .where('id', 'in', batch)
        .execute();
      out.push(...rows.map(toSummary));
    }
    return out;
  }

  /** How many interchanges the journal holds with each outcome, for metrics. */
  async countByOutcome(): Promise<Record<InterchangeOutcome, number>> {
    const rows = await this.db
      .selectFrom('interchanges')
      .select((eb) => ['outcome', eb.fn.countAll<number | string | bigint>().as('n')])
      .groupBy('outcome')
      .execute();
    const counts: Record<InterchangeOutcome, number> = { accepted: 0, rejected: 0, duplicate: 0 };
    // PostgreSQL counts are bigint, which pg hands back as text.
    for (const row of rows) counts[row.outcome] = Number(row.n);
    return counts;
  }

  private async findFirst(
    filter: (q: InterchangeQuery) => InterchangeQuery,
  ): Promise<JournalInterchange | undefined> {
    const all = this.db.selectFrom('interchanges').selectAll();
    const row = await filter(all)
      .where('outcome', '=', 'accepted')
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

function toSummary(row: Omit<InterchangeRow, 'raw'>): InterchangeSummary {
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
