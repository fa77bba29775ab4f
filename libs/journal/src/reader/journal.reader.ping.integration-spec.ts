import { BACK_ENDS, openTestJournal } from '../testing/test-journal';
import { JournalReader } from './journal.reader';

describe.each(BACK_ENDS)('JournalReader.ping on %s', (kind) => {
  it('answers while the database is open, and fails once it is closed', async () => {
    const journal = await openTestJournal(kind, false);
    const sut = new JournalReader(journal.db);

    await expect(sut.ping()).resolves.toBeUndefined();
    await journal.dispose();
    await expect(sut.ping()).rejects.toBeDefined();
  });
});
