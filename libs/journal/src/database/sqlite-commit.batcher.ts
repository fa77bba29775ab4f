import { Kysely, sql } from 'kysely';
import { Database } from './database';

interface Unit {
  work: (trx: Kysely<Database>) => Promise<unknown>;
  durable: boolean;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

/** The most transactions one commit carries. */
export const MAX_BATCH = 64;

type UnitOutcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * Group commit for the SQLite journal. Transactions asked for in the same turn of the event loop
 * run one after another inside one SQLite transaction, each within a savepoint of its own, and
 * share its commit: one write lock taken, one WAL commit, and, when any of them must reach the
 * disk, one fsync. Under load the ingest of many interchanges waits for one fsync instead of one
 * each, which was most of the journal's time.
 *
 * Each caller's promise settles only after the shared commit: a unit that succeeded is resolved
 * once its work is on disk, a unit that failed is rolled back to its savepoint and rejected with
 * its own error, and the others go on. If the transaction itself fails (a commit refused, a
 * savepoint SQLite has already discarded), every unit in it is rejected: none of them committed.
 */
export class SqliteCommitBatcher {
  private static readonly batchers = new WeakMap<Kysely<Database>, SqliteCommitBatcher>();
  private pending: Unit[] = [];
  private scheduled = false;

  private constructor(private readonly db: Kysely<Database>) {}

  /** The batcher of a journal handle; one per handle, so its transactions batch together. */
  static of(db: Kysely<Database>): SqliteCommitBatcher {
    let batcher = SqliteCommitBatcher.batchers.get(db);
    if (batcher === undefined) {
      batcher = new SqliteCommitBatcher(db);
      SqliteCommitBatcher.batchers.set(db, batcher);
    }
    return batcher;
  }

  /** Runs `work` in the next shared transaction; `durable`: its commit must reach the disk. */
  run<T>(work: (trx: Kysely<Database>) => Promise<T>, durable: boolean): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ work, durable, resolve: resolve as (value: unknown) => void, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // setImmediate, not a microtask: requests read in the same poll phase join this batch.
    setImmediate(() => {
      this.scheduled = false;
      // Capped, so that a burst does not make the first caller wait for hundreds of others.
      const units = this.pending.splice(0, MAX_BATCH);
      if (this.pending.length > 0) this.schedule();
      void this.commit(units);
    });
  }

  private async commit(units: Unit[]): Promise<void> {
    let outcomes: UnitOutcome[];
    try {
      outcomes = await this.db.connection().execute(async (connection) => {
        const durable = units.some((unit) => unit.durable);
        // Set outside the transaction, on the one connection held until it is reset.
        if (durable) await sql`pragma synchronous = FULL`.execute(connection);
        try {
          return await connection.transaction().execute((trx) => runUnits(trx, units));
        } finally {
          if (durable) await sql`pragma synchronous = NORMAL`.execute(connection);
        }
      });
    } catch (error) {
      for (const unit of units) unit.reject(error);
      return;
    }
    units.forEach((unit, i) => {
      const outcome = outcomes[i];
      if (outcome.ok) unit.resolve(outcome.value);
      else unit.reject(outcome.error);
    });
  }
}

async function runUnits(trx: Kysely<Database>, units: readonly Unit[]): Promise<UnitOutcome[]> {
  const outcomes: UnitOutcome[] = [];
  for (const unit of units) {
    await sql`savepoint unit`.execute(trx);
    try {
      outcomes.push({ ok: true, value: await unit.work(trx) });
    } catch (error) {
      // Throws, failing the whole batch, if SQLite has already rolled the transaction back.
      await sql`rollback to unit`.execute(trx);
      outcomes.push({ ok: false, error });
    }
    await sql`release unit`.execute(trx);
  }
  return outcomes;
}
