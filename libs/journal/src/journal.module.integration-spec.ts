import { Test } from '@nestjs/testing';
import { Kysely } from 'kysely';
import { Database } from './database/database';
import { JournalModule } from './journal.module';
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
