import { Kysely, sql } from 'kysely';
import { Database } from './database';
import { inTransaction } from './in-transaction';
import { journalDialect } from './journal-dialect';

/**
 * Runs `work` in a transaction whose commit has reached the disk when it resolves: what a
 * carrier is answered for must outlive a power cut, not only a crash of paxgate.
 *
 * The SQLite journal runs with `synchronous = NORMAL` (in WAL mode a commit then survives the
 * process but may not survive the machine), because most commits are the worker's bookkeeping
 * and an fsync each was the larger part of their cost. This commit alone is made FULL. SQLite has
 * one connection, held here from the pragma to its reset, so no other transaction runs between
 * at the other setting. A FULL commit also syncs every NORMAL commit before it in the WAL.
 * PostgreSQL commits are durable as they stand.
 */
export function inDurableTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  if (db.isTransaction || journalDialect(db) !== 'sqlite') return inTransaction(db, work);
  return db.connection().execute(async (connection) => {
    await sql`pragma synchronous = FULL`.execute(connection);
    try {
      return await connection.transaction().execute(work);
    } finally {
      await sql`pragma synchronous = NORMAL`.execute(connection);
    }
  });
}
