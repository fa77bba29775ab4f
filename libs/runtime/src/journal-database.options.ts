import { JournalConfig } from '@app/config';
import { JournalDatabaseConfig } from '@app/journal';

/** The journal back end the configuration names. */
export function journalDatabaseOf(journal: JournalConfig): JournalDatabaseConfig {
  return journal.kind === 'postgres'
    ? { kind: 'postgres', connectionString: journal.postgresUrl ?? '' }
    : { kind: 'sqlite', filename: journal.sqliteFile };
}
