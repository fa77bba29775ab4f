import type { Database as BetterSqliteDatabase } from 'better-sqlite3';
import { SqliteDatabase, SqliteStatement } from 'kysely';

/**
 * What Kysely's SQLite dialect is given instead of the bare better-sqlite3 handle: each distinct
 * SQL text is prepared once and kept, the least recently used dropped past `capacity`. Kysely
 * asks for a fresh statement per query, and preparing them was a large share of the gateway's
 * CPU under load (docs/benchmarks.md). Reuse is safe because better-sqlite3 runs each statement
 * to completion synchronously; a streamed query (`iterate`) would hold its statement busy, and
 * the journal streams none.
 */
export class StatementCachingDatabase implements SqliteDatabase {
  private readonly statements = new Map<string, SqliteStatement>();

  constructor(
    private readonly db: BetterSqliteDatabase,
    private readonly capacity = 256,
  ) {}

  prepare(sql: string): SqliteStatement {
    const kept = this.statements.get(sql);
    if (kept !== undefined) {
      // Map order is insertion order: moving a hit to the end keeps the oldest first.
      this.statements.delete(sql);
      this.statements.set(sql, kept);
      return kept;
    }
    const statement = this.db.prepare(sql);
    this.statements.set(sql, statement);
    if (this.statements.size > this.capacity) {
      const oldest = this.statements.keys().next();
      if (oldest.done !== true) this.statements.delete(oldest.value);
    }
    return statement;
  }

  get cached(): number {
    return this.statements.size;
  }

  close(): void {
    this.statements.clear();
    this.db.close();
  }
}
