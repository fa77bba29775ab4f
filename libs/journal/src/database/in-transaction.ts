import { Kysely } from 'kysely';
import { Database } from './database';

/**
 * Runs `work` in a transaction, or inside the caller's when `db` already is one, so repositories
 * compose into a larger unit of work (Kysely refuses to nest transactions).
 */
export function inTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}
