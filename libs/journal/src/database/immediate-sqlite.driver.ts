import { CompiledQuery, DatabaseConnection, SqliteDriver } from 'kysely';

/**
 * Kysely's SQLite driver, with transactions that take the write lock when they begin. A
 * deferred transaction that reads, then writes after another process (a second gateway, the
 * worker) has committed, fails at once with SQLITE_BUSY, without waiting; one that begins
 * IMMEDIATE waits its turn instead. Every journal transaction writes, so none loses by it.
 */
export class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}
