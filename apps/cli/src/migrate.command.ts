import { ConfigError, JournalConfig, loadConfig, PaxgateConfig } from '@app/config';
import {
  createJournalDatabase,
  JOURNAL_MIGRATIONS,
  journalDatabaseOf,
  migrateJournal,
} from '@app/journal';
import { CliIo, EXIT_USAGE } from './cli-io';

/** Which journal, for the operator: the SQLite file, or the server and database without a password. */
function journalName(journal: JournalConfig): string {
  if (journal.kind === 'sqlite') return `SQLite ${journal.sqliteFile}`;
  const url = new URL(journal.postgresUrl ?? '');
  if (url.password !== '') url.password = '***';
  return `PostgreSQL ${url.toString()}`;
}

/**
 * `paxgate migrate`: brings the configured journal to the latest migration and says what it
 * applied, for installations whose roles start with journal.migrate false. 0 when the journal is
 * up to date, 1 when a migration fails, 2 for a bad configuration or arguments.
 */
export async function runMigrate(
  args: string[],
  io: CliIo,
  load: () => PaxgateConfig = loadConfig,
): Promise<number> {
  if (args.length > 0) {
    io.stderr.write('paxgate migrate: takes no arguments; it reads the configuration\n');
    return EXIT_USAGE;
  }
  let config: PaxgateConfig;
  try {
    config = load();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr.write(`${error.message}\n`);
    return EXIT_USAGE;
  }
  const name = journalName(config.journal);
  const db = createJournalDatabase(journalDatabaseOf(config.journal));
  try {
    const applied = await migrateJournal(db);
    for (const result of applied) io.stdout.write(`applied ${result.migrationName}\n`);
    const latest = Object.keys(JOURNAL_MIGRATIONS).sort().at(-1);
    const done = applied.length === 0 ? 'nothing to apply' : `${applied.length} applied`;
    io.stdout.write(`journal (${name}) is at the latest migration, ${latest}: ${done}\n`);
    return 0;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr.write(`paxgate migrate: journal (${name}): ${reason}\n`);
    return 1;
  } finally {
    await db.destroy();
  }
}
