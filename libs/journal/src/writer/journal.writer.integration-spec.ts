import { InterchangeRepository } from '../repositories/interchange.repository';
import { MessageRepository } from '../repositories/message.repository';
import {
  aFinding,
  aMessage,
  anInterchange,
  CORPUS_PAXLST,
  rejectionOf,
  rowCounts,
} from '../testing/journal.fixtures';
import { BACK_ENDS, openTestJournal, TestJournal } from '../testing/test-journal';
import { contentDigest } from '../support/digest';
import { JournalWriter } from './journal.writer';

describe.each(BACK_ENDS)('JournalWriter on %s', (kind) => {
  let journal: TestJournal;
  let sut: JournalWriter;
  beforeAll(async () => {
    journal = await openTestJournal(kind);
    sut = new JournalWriter(journal.db);
  });
  afterAll(() => journal.dispose());

  it('writes interchange, messages, findings, ack, outbox and events together', async () => {
    const before = await rowCounts(journal.db);
    const record = anInterchange();

    const recorded = await sut.recordInterchange(record);

    expect(recorded.messageIds).toHaveLength(2);
    expect(recorded.outboxMessageIds).toEqual([recorded.messageIds[0]]);
    const after = await rowCounts(journal.db);
    expect(after).toEqual({
      interchanges: before.interchanges + 1,
      messages: before.messages + 2,
      findings: before.findings + 2,
      acks: before.acks + 1,
      outbox: before.outbox + 1,
      // received and outcome, for the interchange and each of its two messages
      events: before.events + 6,
      deliveries: before.deliveries,
    });
  });

  it('keeps the bytes exactly, with their digest and size', async () => {
    const { interchangeId } = await sut.recordInterchange(anInterchange({ raw: CORPUS_PAXLST }));

    const stored = await new InterchangeRepository(journal.db).findById(interchangeId);
    expect(stored?.raw.equals(CORPUS_PAXLST)).toBe(true);
    expect(stored?.sha256).toBe(contentDigest(CORPUS_PAXLST));
    expect(stored?.size).toBe(CORPUS_PAXLST.byteLength);
  });

  it('takes the digest its caller computed to look for a resend, instead of hashing again', async () => {
    const digest = contentDigest(Buffer.from('as ingest hashed it'));
    const { interchangeId } = await sut.recordInterchange(
      anInterchange({ raw: CORPUS_PAXLST, sha256: digest }),
    );

    const stored = await new InterchangeRepository(journal.db).findById(interchangeId);
    expect(stored?.sha256).toBe(digest);
  });

  it('puts nothing in the outbox for a rejected or duplicate interchange', async () => {
    const rejected = await sut.recordInterchange(anInterchange({ outcome: 'rejected' }));
    const duplicate = await sut.recordInterchange(
      anInterchange({ outcome: 'duplicate', duplicateOf: rejected.interchangeId }),
    );

    expect(rejected.outboxMessageIds).toEqual([]);
    expect(duplicate.outboxMessageIds).toEqual([]);
  });

  it('writes no ack row when no CONTRL was sent', async () => {
    const before = await rowCounts(journal.db);

    await sut.recordInterchange(anInterchange({ contrl: null }));

    expect((await rowCounts(journal.db)).acks).toBe(before.acks);
  });

  it('leaves nothing behind when an insert fails part-way', async () => {
    const before = await rowCounts(journal.db);
    // The findings go in after the interchange and its messages; a NOT NULL breach there
    // must take those back out too.
    const broken = aFinding({ rule: null as unknown as string });
    const record = anInterchange({ messages: [aMessage(), aMessage({ findings: [broken] })] });

    expect(await rejectionOf(sut.recordInterchange(record))).toMatch(/not.null/i);

    expect(await rowCounts(journal.db)).toEqual(before);
    const repository = new InterchangeRepository(journal.db);
    expect(
      await repository.findEarlierBySenderReference(record.senderId, record.controlReference),
    ).toBeUndefined();
  });

  it("joins the caller's transaction, and rolls back with it", async () => {
    const before = await rowCounts(journal.db);

    const work = journal.db.transaction().execute(async (trx) => {
      await new JournalWriter(trx).recordInterchange(anInterchange());
      throw new Error('the caller fails after the write');
    });

    await expect(work).rejects.toThrow('the caller fails after the write');
    expect(await rowCounts(journal.db)).toEqual(before);
  });

  it('refuses an interchange of an unknown carrier', async () => {
    const before = await rowCounts(journal.db);

    const refused = sut.recordInterchange(anInterchange({ carrierId: 'no-such-carrier' }));

    expect(await rejectionOf(refused)).toMatch(/foreign key/i);

    expect(await rowCounts(journal.db)).toEqual(before);
  });
  it('records routing once: one delivery per destination and one move to routed', async () => {
    const { outboxMessageIds } = await sut.recordInterchange(anInterchange());
    const [messageId] = outboxMessageIds;
    const before = await rowCounts(journal.db);

    const first = await sut.recordRouting(messageId, ['amqp', 'hook'], true);
    const again = await sut.recordRouting(messageId, ['amqp', 'hook'], false);

    expect(first.map((d) => [d.destination, d.status])).toEqual([
      ['amqp', 'pending'],
      ['hook', 'pending'],
    ]);
    expect(again.map((d) => d.id)).toEqual(first.map((d) => d.id));
    expect((await new MessageRepository(journal.db).findById(messageId))?.status).toBe('routed');
    const after = await rowCounts(journal.db);
    // a pending event per delivery and the message's routed event; nothing from the re-run
    expect(after.deliveries - before.deliveries).toBe(2);
    expect(after.events - before.events).toBe(3);
  });

  it('writes nothing when routing cannot commit (a message not in the journal)', async () => {
    const { outboxMessageIds } = await sut.recordInterchange(anInterchange());
    const before = await rowCounts(journal.db);

    const failed = sut.recordRouting(`${outboxMessageIds[0]}-missing`, ['amqp'], true);

    expect(await rejectionOf(failed)).toMatch(/foreign key/i);
    expect(await rowCounts(journal.db)).toEqual(before);
  });
});
