import { CompiledQuery, DatabaseConnection, SqliteDialectConfig, SqliteDriver } from 'kysely';
import { setTimeout as sleep } from 'node:timers/promises';

/** How long a transaction waits for another process's write lock: better-sqlite3's default. */
export const DEFAULT_LOCK_WAIT_MS = 5000;
const BEGIN = CompiledQuery.raw('begin immediate');
const POLL_MS = 1;

/**
 * Kysely's SQLite driver, with transactions that take the write lock when they begin. A
 * deferred transaction that reads, then writes after another process (a second gateway, the
 * worker) has committed, fails at once with SQLITE_BUSY, without waiting; one that begins
 * IMMEDIATE waits its turn instead. Every journal transaction writes, so none loses by it.
 *
 * The wait is asynchronous. SQLite's own busy handler sleeps in the calling thread, and with it
 * the whole event loop: a gateway waiting for the worker's lock could not read a request, and
 * two processes on one journal took turns at doing anything at all. Here BEGIN is tried without
 * the busy handler and retried every millisecond, the event loop free between tries.
 */
export class ImmediateSqliteDriver extends SqliteDriver {
  private readonly lockWaitMs: number;

  constructor(config: SqliteDialectConfig & { lockWaitMs?: number }) {
    super(config);
    this.lockWaitMs = config.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS;
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    const deadline = Date.now() + this.lockWaitMs;
    await connection.executeQuery(CompiledQuery.raw('pragma busy_timeout = 0'));
    try {
      for (;;) {
        try {
          await connection.executeQuery(BEGIN);
          return;
        } catch (error) {
          if (!isBusy(error) || Date.now() >= deadline) throw error;
        }
        await sleep(POLL_MS);
      }
    } finally {
      // Statements outside a transaction keep SQLite's own (blocking) wait.
      await connection.executeQuery(CompiledQuery.raw(`pragma busy_timeout = ${this.lockWaitMs}`));
    }
  }
}

function isBusy(error: unknown): boolean {
  // Read the code, not instanceof: better-sqlite3's errors may come from another realm.
  return (error as { code?: unknown } | null)?.code === 'SQLITE_BUSY';
}
