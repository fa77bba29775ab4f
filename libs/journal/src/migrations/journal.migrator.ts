import { Kysely, MigrationResult, Migrator, sql } from 'kysely';
import { Database } from '../database/database';
import { journalDialect } from '../database/journal-dialect';
import { JournalMigrationProvider } from './journal-migration.provider';
import { JournalNotMigratedError } from './journal-not-migrated.error';

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

/** The journal's migrations not yet run on `db`, in the order they would run. */
export async function pendingJournalMigrations(db: Kysely<Database>): Promise<string[]> {
  const migrations = await (await journalMigrator(db)).getMigrations();
  return migrations.filter((m) => m.executedAt === undefined).map((m) => m.name);
}

/** Throws JournalNotMigratedError when a migration is pending: for a start that does not migrate. */
export async function assertJournalMigrated(db: Kysely<Database>): Promise<void> {
  const pending = await pendingJournalMigrations(db);
  if (pending.length > 0) throw new JournalNotMigratedError(pending);
}

function migrationError(cause: unknown, results: MigrationResult[]): Error {
  const failed = results.find((r) => r.status === 'Error')?.migrationName ?? 'setup';
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new Error(`Journal migration ${failed} failed: ${reason}`, { cause });
}
