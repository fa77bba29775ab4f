import { anInterchange } from '../testing/journal.fixtures';
import { BACK_ENDS, openTestJournal, TestJournal } from '../testing/test-journal';
import { JournalWriter } from '../writer/journal.writer';
import { OutboxRepository } from './outbox.repository';

describe.each(BACK_ENDS)('OutboxRepository on %s', (kind) => {
  let journal: TestJournal;
  let writer: JournalWriter;
  let sut: OutboxRepository;
  beforeAll(async () => {
    journal = await openTestJournal(kind);
    writer = new JournalWriter(journal.db);
    sut = new OutboxRepository(journal.db);
  });
  afterAll(() => journal.dispose());

  async function pendingIds(olderThanMs: number): Promise<string[]> {
    return (await sut.pendingOutbox(olderThanMs)).map((e) => e.messageId);
  }

  it('holds committed messages until they are marked enqueued', async () => {
    const { outboxMessageIds } = await writer.recordInterchange(anInterchange());

    expect(await pendingIds(0)).toEqual(expect.arrayContaining(outboxMessageIds));
    await sut.markEnqueued(outboxMessageIds);
    expect(await pendingIds(0)).not.toEqual(expect.arrayContaining(outboxMessageIds));
  });

  it('leaves recent entries to the ingest that is about to enqueue them', async () => {
    const { outboxMessageIds } = await writer.recordInterchange(anInterchange());

    expect(await pendingIds(60_000)).not.toEqual(expect.arrayContaining(outboxMessageIds));
    expect(await pendingIds(0)).toEqual(expect.arrayContaining(outboxMessageIds));
  });

  it('hands back the oldest first, at most `limit`', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { outboxMessageIds } = await writer.recordInterchange(anInterchange());
      ids.push(...outboxMessageIds);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const all = await pendingIds(0);

    expect(all.filter((id) => ids.includes(id))).toEqual(ids);
    expect(await sut.pendingOutbox(0, 2)).toHaveLength(2);
  });

  it('keeps the first enqueue time when marked twice, and accepts an empty list', async () => {
    const { outboxMessageIds } = await writer.recordInterchange(anInterchange());
    await sut.markEnqueued(outboxMessageIds, new Date('2024-01-01T00:00:00Z'));

    await sut.markEnqueued(outboxMessageIds, new Date('2024-06-01T00:00:00Z'));
    await sut.markEnqueued([]);

    const row = await journal.db
      .selectFrom('outbox')
      .select('enqueued_at')
      .where('message_id', '=', outboxMessageIds[0])
      .executeTakeFirstOrThrow();
    expect(row.enqueued_at).toBe('2024-01-01T00:00:00.000Z');
  });
});
