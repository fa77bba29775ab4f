import { randomUUID } from 'node:crypto';
import { InterchangeIdentity, InterchangeRecord } from '../model/interchange-record';
import { contentDigest } from '../support/digest';
import { anInterchange, rejectionOf, rowCounts } from '../testing/journal.fixtures';
import { BACK_ENDS, openTestJournal, TestJournal } from '../testing/test-journal';
import { JournalIngestStore } from './journal-ingest.store';

const identityOf = (record: InterchangeRecord): InterchangeIdentity => ({
  senderId: record.senderId,
  controlReference: record.controlReference,
  sha256: contentDigest(record.raw),
});

/** Writes `record`, or a duplicate of what `decide` was shown; returns what it was shown. */
const asIngestWould = (record: InterchangeRecord) => (earlier: { id: string } | undefined) => ({
  record:
    earlier === undefined
      ? record
      : { ...record, outcome: 'duplicate' as const, duplicateOf: earlier.id },
  verdict: earlier?.id,
});

describe.each(BACK_ENDS)('JournalIngestStore on %s', (kind) => {
  let journal: TestJournal;
  let sut: JournalIngestStore;
  beforeAll(async () => {
    journal = await openTestJournal(kind);
    sut = new JournalIngestStore(journal.db);
  });
  afterAll(() => journal.dispose());

  it('writes an interchange seen for the first time, and hands back what decide concluded', async () => {
    const record = anInterchange();

    const { recorded, verdict } = await sut.record(identityOf(record), asIngestWould(record));

    expect(verdict).toBeUndefined();
    expect(recorded.messageIds).toHaveLength(2);
    expect(recorded.outboxMessageIds).toEqual([recorded.messageIds[0]]);
  });

  it("shows decide the earlier copy with the sender's reference, even in other bytes", async () => {
    const first = anInterchange();
    const { recorded } = await sut.record(identityOf(first), asIngestWould(first));
    const again = { ...first, raw: Buffer.concat([first.raw, Buffer.from('\n')]) };

    const { verdict } = await sut.record(identityOf(again), asIngestWould(again));

    expect(verdict).toBe(recorded.interchangeId);
  });

  it('shows decide the earlier copy of the same bytes, under another reference', async () => {
    const first = anInterchange();
    const { recorded } = await sut.record(identityOf(first), asIngestWould(first));
    const again = { ...first, controlReference: randomUUID().slice(0, 14) };

    expect((await sut.record(identityOf(again), asIngestWould(again))).verdict).toBe(
      recorded.interchangeId,
    );
  });

  it('looks for nothing without an identity', async () => {
    const first = anInterchange();
    await sut.record(identityOf(first), asIngestWould(first));

    expect((await sut.record(undefined, asIngestWould(first))).verdict).toBeUndefined();
  });

  it('lets one of two ingests of one interchange at once be the first, the other a duplicate', async () => {
    const record = anInterchange();

    const both = await Promise.all([
      sut.record(identityOf(record), asIngestWould(record)),
      sut.record(identityOf(record), asIngestWould(record)),
    ]);

    const verdicts = both.map((b) => b.verdict);
    expect(verdicts.filter((v) => v === undefined)).toHaveLength(1);
    const first = both.find((b) => b.verdict === undefined)?.recorded.interchangeId;
    expect(verdicts).toContain(first);
  });

  it('writes nothing when decide fails', async () => {
    const before = await rowCounts(journal.db);
    const record = anInterchange();

    const failed = sut.record(identityOf(record), () => {
      throw new Error('report could not be made');
    });

    expect(await rejectionOf(failed)).toBe('report could not be made');
    expect(await rowCounts(journal.db)).toEqual(before);
  });
});
