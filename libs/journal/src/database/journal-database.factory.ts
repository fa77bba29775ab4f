import SqliteDatabase from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import { Pool, TypeOverrides } from 'pg';
import { Database } from './database';
import { ImmediateSqliteDialect } from './immediate-sqlite.dialect';
import { JournalDatabaseConfig } from './journal-database.config';
import { NulFreeTextPlugin } from './nul-free-text.plugin';
import { StatementCachingDatabase } from './statement-caching.database';

const INT8_OID = 20;

/** Opens the journal's database. The caller owns it and calls `destroy()` when done. */
export function createJournalDatabase(config: JournalDatabaseConfig): Kysely<Database> {
  switch (config.kind) {
    case 'sqlite':
      return new Kysely<Database>({
        dialect: new ImmediateSqliteDialect({
          database: new StatementCachingDatabase(
            openSqlite(config.filename, config.checkpointPages),
          ),
        }),
      });
    case 'postgres':
      return new Kysely<Database>({
        dialect: new PostgresDialect({ pool: openPool(config.connectionString) }),
        plugins: [new NulFreeTextPlugin()],
      });
  }
}

function openSqlite(filename: string, checkpointPages?: number): SqliteDatabase.Database {
  // The embedded default sits under ./data, which a fresh checkout does not have yet.
  if (filename !== ':memory:') {
    mkdirSync(dirname(filename), { recursive: true });
  }
  const sqlite = new SqliteDatabase(filename);
  // WAL lets readers (console, sweeper) run while ingest writes; SQLite leaves foreign keys
  // off unless asked, per connection. NORMAL: a commit does not wait for the disk; ingest's
  // commits, which a carrier is answered for, do (inDurableTransaction).
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  if (checkpointPages !== undefined) sqlite.pragma(`wal_autocheckpoint = ${checkpointPages}`);
  return sqlite;
}

function openPool(connectionString: string): Pool {
  // Event ids are bigint, which pg returns as strings by default. Journal ids stay far below
  // 2^53, so read them as numbers, as SQLite does. Per pool, not pg's global parser table.
  const types = new TypeOverrides();
  types.setTypeParser(INT8_OID, Number);
  const pool = new Pool({ connectionString, types });
  // An idle client that loses its server emits 'error' on the pool; unheard, Node would end
  // the process. pg drops that client by itself and the next query reports any lasting fault.
  pool.on('error', () => undefined);
  return pool;
}
