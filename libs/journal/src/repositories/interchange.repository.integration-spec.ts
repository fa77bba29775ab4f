import { anInterchange } from '../testing/journal.fixtures';
import { BACK_ENDS, openTestJournal, TestJournal } from '../testing/test-journal';
import { contentDigest } from '../support/digest';
import { JournalWriter } from '../writer/journal.writer';
import { InterchangeRepository } from './interchange.repository';

describe.each(BACK_ENDS)('InterchangeRepository on %s', (kind) => {
  let journal: TestJournal;
  let writer: JournalWriter;
  let sut: InterchangeRepository;
  beforeAll(async () => {
    journal = await openTestJournal(kind);
    writer = new JournalWriter(journal.db);
    sut = new InterchangeRepository(journal.db);
  });
  afterAll(() => journal.dispose());

  it('finds the first from a sender with that reference, passing over duplicates', async () => {
    const key = { senderId: 'AIRLINE-A', controlReference: 'REF-1' };
    const first = await writer.recordInterchange(
      anInterchange({ ...key, receivedAt: new Date('2024-05-01T10:00:00Z') }),
    );
    await writer.recordInterchange(
      anInterchange({
        ...key,
        outcome: 'duplicate',
        duplicateOf: first.interchangeId,
        receivedAt: new Date('2024-05-01T09:00:00Z'),
      }),
    );
    await writer.recordInterchange(
      anInterchange({ ...key, receivedAt: new Date('2024-05-01T11:00:00Z') }),
    );

    const found = await sut.findEarlierBySenderReference('AIRLINE-A', 'REF-1');

    expect(found?.id).toBe(first.interchangeId);
    expect(found?.receivedAt).toEqual(new Date('2024-05-01T10:00:00Z'));
  });

  it('tells senders apart: a control reference is unique per sender only', async () => {
    await writer.recordInterchange(
      anInterchange({ senderId: 'AIRLINE-B', controlReference: 'REF-2' }),
    );

    expect(await sut.findEarlierBySenderReference('AIRLINE-C', 'REF-2')).toBeUndefined();
    expect(await sut.findEarlierBySenderReference('AIRLINE-B', 'REF-3')).toBeUndefined();
  });

  it('finds a byte-identical resend by its digest, under another control reference', async () => {
    const raw = Buffer.from(`UNB+UNOA:4+AIRLINE-D+HDQCH2X+240501:1000+${Date.now()}'`);
    const first = await writer.recordInterchange(anInterchange({ raw }));

    const found = await sut.findEarlierBySha256(contentDigest(raw));

    expect(found?.id).toBe(first.interchangeId);
    expect(
      await sut.findEarlierBySha256(contentDigest(Buffer.from('other bytes'))),
    ).toBeUndefined();
  });

  it('reads an interchange back as written', async () => {
    const record = anInterchange({
      channel: 'sftp',
      test: true,
      receivedAt: new Date('2024-05-02T00:00:00.123Z'),
    });
    const { interchangeId } = await writer.recordInterchange(record);

    expect(await sut.findById(interchangeId)).toEqual(
      expect.objectContaining({
        id: interchangeId,
        carrierId: null,
        channel: 'sftp',
        senderId: record.senderId,
        recipientId: record.recipientId,
        controlReference: record.controlReference,
        test: true,
        outcome: 'accepted',
        receivedAt: new Date('2024-05-02T00:00:00.123Z'),
        duplicateOf: null,
      }),
    );
    expect(await sut.findById('no-such-interchange')).toBeUndefined();
  });

  it('reads an interchange without its bytes as its summary', async () => {
    const { interchangeId } = await writer.recordInterchange(anInterchange({ test: true }));
    const { raw, ...summary } = (await sut.findById(interchangeId))!;

    expect(raw.length).toBeGreaterThan(0);
    expect(await sut.findSummaryById(interchangeId)).toStrictEqual(summary);
    expect(await sut.findSummaryById('no-such-interchange')).toBeUndefined();
  });

  it("reads an interchange's bytes alone, as received", async () => {
    const record = anInterchange();
    const { interchangeId } = await writer.recordInterchange(record);

    expect((await sut.findRaw(interchangeId))?.equals(record.raw)).toBe(true);
    expect(await sut.findRaw('no-such-interchange')).toBeUndefined();
  });
});
