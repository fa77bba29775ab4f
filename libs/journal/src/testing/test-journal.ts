import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely } from 'kysely';
import { Client } from 'pg';
import { Database } from '../database/database';
import { JournalDatabaseConfig, JournalDialect } from '../database/journal-database.config';
import { createJournalDatabase } from '../database/journal-database.factory';
import { migrateJournal } from '../migrations/journal.migrator';

/** Both back ends, for `describe.each`: every journal spec runs against each. */
export const BACK_ENDS: [JournalDialect][] = [['sqlite'], ['postgres']];

/** The server the PostgreSQL runs use; each run makes, and drops, a database of its own there. */
const POSTGRES_URL =
  process.env.JOURNAL_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** An empty, migrated journal that belongs to one spec file, and the means to remove it. */
export interface TestJournal {
  db: Kysely<Database>;
  config: JournalDatabaseConfig;
  /** Closes the journal and removes every trace of it. */
  dispose(): Promise<void>;
}

export async function openTestJournal(kind: JournalDialect, migrate = true): Promise<TestJournal> {
  const journal = kind === 'sqlite' ? openSqlite() : await openPostgres();
  try {
    if (migrate) await migrateJournal(journal.db);
  } catch (error) {
    await journal.dispose();
    throw error;
  }
  return journal;
}

function openSqlite(): TestJournal {
  const dir = mkdtempSync(join(tmpdir(), 'journal-'));
  const config: JournalDatabaseConfig = { kind: 'sqlite', filename: join(dir, 'journal.sqlite') };
  const db = createJournalDatabase(config);
  const dispose = async () => {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  };
  return { db, config, dispose };
}

async function openPostgres(): Promise<TestJournal> {
  const name = `journal_${randomBytes(6).toString('hex')}`;
  await onServer(`create database ${name}`);
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  const config: JournalDatabaseConfig = { kind: 'postgres', connectionString: url.toString() };
  const db = createJournalDatabase(config);
  const dispose = async () => {
    await db.destroy();
    await onServer(`drop database if exists ${name} with (force)`);
  };
  return { db, config, dispose };
}

async function onServer(statement: string): Promise<void> {
  const client = new Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
