import { Kysely, SelectQueryBuilder, sql } from 'kysely';
import { Database } from '../database/database';
import { journalDialect } from '../database/journal-dialect';
import { InterchangeOutcome, JournalInterchange } from '../model/interchange';
import { InterchangeFilter, InterchangeSummary } from '../model/interchange-query';
import { chunks } from '../support/chunks';
import { isoTime } from '../support/journal-time';
import {
  INTERCHANGE_SUMMARY_COLUMNS,
  InterchangeRow,
  toInterchangeRow,
  toInterchangeSummary,
  toJournalInterchange,
} from './interchange-row.mapper';

type InterchangeQuery = SelectQueryBuilder<Database, 'interchanges', InterchangeRow>;

/** Interchanges as received, and the look-ups ingest needs to spot a resend. */
export class InterchangeRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(interchange: JournalInterchange): Promise<void> {
    await this.db.insertInto('interchanges').values(toInterchangeRow(interchange)).execute();
  }

  async findById(id: string): Promise<JournalInterchange | undefined> {
    const row = await this.db
      .selectFrom('interchanges')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toJournalInterchange(row);
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
    let query = this.db.selectFrom('interchanges').select(INTERCHANGE_SUMMARY_COLUMNS);
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
    return rows.map(toInterchangeSummary);
  }

  /** An interchange without its bytes, for the work that needs only its envelope (routing). */
  async findSummaryById(id: string): Promise<InterchangeSummary | undefined> {
    const row = await this.db
      .selectFrom('interchanges')
      .select(INTERCHANGE_SUMMARY_COLUMNS)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toInterchangeSummary(row);
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
        .select(INTERCHANGE_SUMMARY_COLUMNS)
        .where('id', 'in', batch)
        .execute();
      out.push(...rows.map(toInterchangeSummary));
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
      // A literal, not a bound parameter: SQLite re-prepares a statement whose LIMIT is bound
      // each time it runs, and this one runs twice for every interchange received.
      .limit(sql.lit(1))
      .executeTakeFirst();
    return row && toJournalInterchange(row);
  }
}
