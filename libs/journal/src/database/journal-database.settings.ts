import { JournalConfig } from '@app/config';
import { JournalDatabaseConfig } from './journal-database.config';

/**
 * The journal back end the configuration names, for the roles and for `paxgate migrate`;
 * `checkpointPages` only applies to SQLite.
 */
export function journalDatabaseOf(
  journal: Pick<JournalConfig, 'kind' | 'sqliteFile' | 'postgresUrl'>,
  checkpointPages?: number,
): JournalDatabaseConfig {
  if (journal.kind === 'postgres') {
    return { kind: 'postgres', connectionString: journal.postgresUrl ?? '' };
  }
  return {
    kind: 'sqlite',
    filename: journal.sqliteFile,
    ...(checkpointPages !== undefined ? { checkpointPages } : {}),
  };
}
