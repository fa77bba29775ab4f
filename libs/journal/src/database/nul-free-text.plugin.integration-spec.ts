import { anInterchange, aFinding, aMessage } from '../testing/journal.fixtures';
import { BACK_ENDS, openTestJournal, TestJournal } from '../testing/test-journal';
import { InterchangeRepository } from '../repositories/interchange.repository';
import { JournalWriter } from '../writer/journal.writer';

describe.each(BACK_ENDS)('an interchange whose text holds NUL bytes, on %s', (kind) => {
  let journal: TestJournal;
  beforeAll(async () => (journal = await openTestJournal(kind)));
  afterAll(() => journal.dispose());

  it('is journaled and found again by its sender and reference', async () => {
    const sender = 'BAD\u0000SENDER';
    const reference = `R\u0000${Date.now()}`;
    const record = anInterchange({
      senderId: sender,
      controlReference: reference,
      messages: [aMessage({ reference: '1\u0000' })],
      findings: [
        aFinding({ text: 'value \u0000 is not UNOA', location: { tag: 'UNB', value: '\u0000' } }),
      ],
      contrl: "UNB+UNOA:4+PAXGATE+BAD\u0000SENDER'",
    });

    const { interchangeId } = await new JournalWriter(journal.db).recordInterchange(record);
    const found = await new InterchangeRepository(journal.db).findEarlierBySenderReference(
      sender,
      reference,
    );

    expect(found?.id).toBe(interchangeId);
    const stored = await new InterchangeRepository(journal.db).findById(interchangeId);
    expect(stored?.raw.equals(Buffer.from(record.raw))).toBe(true);
    expect(stored?.senderId).toBe(kind === 'postgres' ? 'BAD\uFFFDSENDER' : sender);
  });
});
