import { loadConfig } from '@app/config';
import { journalDatabaseOf } from './journal-database.settings';

// An admin token set: loading the configuration then writes no token file anywhere.
const TOKEN = { PAXGATE_CONSOLE_ADMIN_TOKEN: 'journal-options-spec-token' };

describe('journalDatabaseOf', () => {
  it('gives the SQLite file, with the checkpoint threshold when one is asked for', () => {
    const { journal } = loadConfig({ env: { ...TOKEN, PAXGATE_DATA_DIR: '/srv/paxgate' } });

    expect(journalDatabaseOf(journal)).toEqual({ kind: 'sqlite', filename: journal.sqliteFile });
    expect(journalDatabaseOf(journal, 16_384)).toEqual({
      kind: 'sqlite',
      filename: journal.sqliteFile,
      checkpointPages: 16_384,
    });
  });

  it('gives the PostgreSQL server, where a checkpoint threshold means nothing', () => {
    const { journal } = loadConfig({
      env: {
        ...TOKEN,
        PAXGATE_JOURNAL_KIND: 'postgres',
        PAXGATE_JOURNAL_POSTGRES_URL: 'postgres://db/pg',
      },
    });

    expect(journalDatabaseOf(journal, 16_384)).toEqual({
      kind: 'postgres',
      connectionString: 'postgres://db/pg',
    });
  });
});
