import { Kysely } from 'kysely';
import { Database } from './database';
import { journalDialect } from './journal-dialect';
import { SqliteCommitBatcher } from './sqlite-commit.batcher';

/**
 * Runs `work` in a transaction, or inside the caller's when `db` already is one, so repositories
 * compose into a larger unit of work (Kysely refuses to nest transactions). On SQLite the
 * transaction may share its commit with others asked for at the same time (SqliteCommitBatcher);
 * `work` must then touch the journal only, and not wait on anything else while it runs.
 */
export function inTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return runTransaction(db, work, false);
}

/**
 * inTransaction, and inDurableTransaction with `durable`: on SQLite its commit is then made at
 * `synchronous = FULL`. Inside the caller's transaction, that transaction's commit decides.
 */
export function runTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Kysely<Database>) => Promise<T>,
  durable: boolean,
): Promise<T> {
  if (db.isTransaction) return work(db);
  if (journalDialect(db) === 'sqlite') return SqliteCommitBatcher.of(db).run(work, durable);
  return db.transaction().execute(work);
}
