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
  if (db.isTransaction) return work(db);
  if (journalDialect(db) === 'sqlite') return SqliteCommitBatcher.of(db).run(work, false);
  return db.transaction().execute(work);
}
