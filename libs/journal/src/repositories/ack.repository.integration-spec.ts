import { anInterchange } from '../testing/journal.fixtures';
import { BACK_ENDS, openTestJournal, TestJournal } from '../testing/test-journal';
import { JournalWriter } from '../writer/journal.writer';
import { AckRepository } from './ack.repository';

describe.each(BACK_ENDS)('AckRepository on %s', (kind) => {
  let journal: TestJournal;
  let sut: AckRepository;
  beforeAll(async () => {
    journal = await openTestJournal(kind);
    sut = new AckRepository(journal.db);
  });
  afterAll(() => journal.dispose());

  it('measures receipt to acknowledgement for the acks created in a window', async () => {
    const before = new Date();
    const receivedAt = new Date(before.getTime() - 3000);
    await new JournalWriter(journal.db).recordInterchange(anInterchange({ receivedAt }));
    await new JournalWriter(journal.db).recordInterchange(anInterchange({ contrl: null }));
    const after = new Date(Date.now() + 1);

    const latencies = await sut.latenciesMs(new Date(before.getTime() - 1), after);

    expect(latencies).toHaveLength(1);
    expect(latencies[0]).toBeGreaterThanOrEqual(3000);
    expect(latencies[0]).toBeLessThan(3000 + (after.getTime() - before.getTime()) + 1);
    expect(await sut.latenciesMs(after, new Date(after.getTime() + 60_000))).toEqual([]);
    expect(await sut.latenciesMs(new Date(0), new Date(before.getTime() - 1))).toEqual([]);
  });
});
