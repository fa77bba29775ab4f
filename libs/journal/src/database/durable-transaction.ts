import { Kysely } from 'kysely';
import { Database } from './database';
import { runTransaction } from './in-transaction';

/**
 * Runs `work` in a transaction whose commit has reached the disk when it resolves: what a
 * carrier is answered for must outlive a power cut, not only a crash of paxgate.
 *
 * The SQLite journal runs with `synchronous = NORMAL` (in WAL mode a commit then survives the
 * process but may not survive the machine), because most commits are the worker's bookkeeping
 * and an fsync each was the larger part of their cost. This commit alone is made FULL, on the
 * one connection SQLite has, held from the pragma to its reset so that no other transaction runs
 * between at the other setting; transactions asked for at the same time share it and its one
 * fsync (SqliteCommitBatcher). A FULL commit also syncs every NORMAL commit before it in the WAL.
 * PostgreSQL commits are durable as they stand.
 */
export function inDurableTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return runTransaction(db, work, true);
}
