import { Kysely, MigrationResult, Migrator, sql } from 'kysely';
import { Database } from '../database/database';
import { journalDialect } from '../database/journal-dialect';
import { JournalMigrationProvider } from './journal-migration.provider';

/**
 * A Migrator for the journal. On PostgreSQL it pins Kysely's bookkeeping tables to the current
 * schema: left unpinned, Kysely looks for them in every schema of the database and would take
 * another application's `kysely_migration` for ours.
 */
export async function journalMigrator(db: Kysely<Database>): Promise<Migrator> {
  const provider = new JournalMigrationProvider();
  if (journalDialect(db) === 'sqlite') return new Migrator({ db, provider });
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return new Migrator({ db, provider, migrationTableSchema: rows[0]?.schema });
}

/** Brings the schema up to date; throws, naming the migration, when one fails. */
export async function migrateJournal(db: Kysely<Database>): Promise<MigrationResult[]> {
  const { error, results = [] } = await (await journalMigrator(db)).migrateToLatest();
  if (error !== undefined) throw migrationError(error, results);
  return results;
}

function migrationError(cause: unknown, results: MigrationResult[]): Error {
  const failed = results.find((r) => r.status === 'Error')?.migrationName ?? 'setup';
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new Error(`Journal migration ${failed} failed: ${reason}`, { cause });
}
