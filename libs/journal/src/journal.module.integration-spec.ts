import { Test } from '@nestjs/testing';
import { Kysely } from 'kysely';
import { Database } from './database/database';
import { JournalModule } from './journal.module';
import {
  journalMigrator,
  migrateJournal,
  pendingJournalMigrations,
} from './migrations/journal.migrator';
import { JOURNAL_DATABASE } from './journal.tokens';
import { JournalReader } from './reader/journal.reader';
import { anInterchange } from './testing/journal.fixtures';
import { BACK_ENDS, openTestJournal, TestJournal } from './testing/test-journal';
import { JournalWriter } from './writer/journal.writer';

describe.each(BACK_ENDS)('JournalModule on %s', (kind) => {
  let journal: TestJournal;
  beforeAll(async () => (journal = await openTestJournal(kind, false)));
  afterAll(() => journal.dispose());

  it('migrates at start, provides the journal, and closes the database at shutdown', async () => {
    const app = await Test.createTestingModule({
      imports: [JournalModule.forRoot({ database: journal.config, migrate: true })],
    }).compile();

    const { interchangeId } = await app.get(JournalWriter).recordInterchange(anInterchange());
    expect((await app.get(JournalReader).interchangeStory(interchangeId))?.messages).toHaveLength(
      2,
    );

    const db = app.get<Kysely<Database>>(JOURNAL_DATABASE);
    const destroy = jest.spyOn(db, 'destroy');
    await app.close();
    expect(destroy).toHaveBeenCalledTimes(1);
  });
});

describe.each(BACK_ENDS)('JournalModule on %s, not migrating at start', (kind) => {
  let journal: TestJournal;
  beforeEach(async () => (journal = await openTestJournal(kind, false)));
  afterEach(() => journal.dispose());

  const start = () =>
    Test.createTestingModule({
      imports: [JournalModule.forRoot({ database: journal.config, migrate: false })],
    }).compile();

  it('refuses to start on a journal behind its migrations, naming them and the way out', async () => {
    await journalMigrator(journal.db).then((m) => m.migrateTo('0002-assemblies'));

    await expect(start()).rejects.toThrow(
      'The journal is not at the latest migration (pending: 0003-message-documents, ' +
        '0004-ingest-attempts); run `paxgate migrate` first, or set journal.migrate to true',
    );
    expect(await pendingJournalMigrations(journal.db)).toEqual([
      '0003-message-documents',
      '0004-ingest-attempts',
    ]);
  });

  it('starts once the journal is migrated', async () => {
    await migrateJournal(journal.db);

    const app = await start();

    const { interchangeId } = await app.get(JournalWriter).recordInterchange(anInterchange());
    expect(await app.get(JournalReader).interchangeStory(interchangeId)).toBeDefined();
    await app.close();
  });
});
