import { createJournalDatabase, Database, migrateJournal, OutboxRepository } from '@app/journal';
import { Kysely, sql } from 'kysely';
import { randomUUID } from 'node:crypto';
import { HandOff, OutboxDispatcher } from './outbox-dispatcher.port';
import { OutboxSweeper } from './outbox.sweeper';

/** Stands in for the queue side: marks what it takes enqueued, as the real one does. */
class MarkingDispatcher implements OutboxDispatcher {
  readonly calls: number[] = [];
  answer: 'enqueue' | 'defer' | 'fail' = 'enqueue';

  constructor(private readonly outbox: OutboxRepository) {}

  async dispatch(messageIds: readonly string[]): Promise<HandOff> {
    this.calls.push(messageIds.length);
    switch (this.answer) {
      case 'enqueue':
        await this.outbox.markEnqueued(messageIds);
        return { kind: 'enqueued', count: messageIds.length };
      case 'defer':
        return { kind: 'deferred', count: messageIds.length };
      case 'fail':
        throw new Error('Redis is down');
    }
  }
}

describe('OutboxSweeper', () => {
  let db: Kysely<Database>;
  let outbox: OutboxRepository;
  let dispatcher: MarkingDispatcher;
  let sweeper: OutboxSweeper;

  beforeEach(async () => {
    // In memory, and without interchanges: the outbox table is all a sweep reads.
    db = createJournalDatabase({ kind: 'sqlite', filename: ':memory:' });
    await migrateJournal(db);
    await sql`pragma foreign_keys = OFF`.execute(db);
    outbox = new OutboxRepository(db);
    dispatcher = new MarkingDispatcher(outbox);
    sweeper = new OutboxSweeper(outbox, dispatcher, { sweepIntervalMs: 60_000, staleAfterMs: 0 });
  });
  afterEach(() => db.destroy());

  /** Outbox entries committed and never enqueued, as an outage leaves them. */
  async function leftInOutbox(count: number): Promise<void> {
    const createdAt = new Date(Date.now() - 60_000).toISOString();
    const rows = Array.from({ length: count }, () => ({
      message_id: randomUUID(),
      created_at: createdAt,
      enqueued_at: null,
    }));
    for (let at = 0; at < rows.length; at += 200) {
      await db
        .insertInto('outbox')
        .values(rows.slice(at, at + 200))
        .execute();
    }
  }

  const stillPending = async () => (await outbox.pendingOutbox(0, 100_000)).length;

  it('hands over everything left, batch after batch, in one pass', async () => {
    await leftInOutbox(1_200);

    const handedOver = await sweeper.sweepOnce();

    expect(handedOver).toBe(1_200);
    expect(dispatcher.calls).toEqual([500, 500, 200]);
    expect(await stillPending()).toBe(0);
  });

  it('stops at a deferred hand-off and leaves the entries for a later pass', async () => {
    await leftInOutbox(600);
    dispatcher.answer = 'defer';

    expect(await sweeper.sweepOnce()).toBe(0);
    expect(dispatcher.calls).toEqual([500]);
    expect(await stillPending()).toBe(600);

    dispatcher.answer = 'enqueue';
    expect(await sweeper.sweepOnce()).toBe(600);
    expect(await stillPending()).toBe(0);
  });

  it('survives a failing hand-off: nothing counted, the entries left', async () => {
    await leftInOutbox(10);
    dispatcher.answer = 'fail';

    expect(await sweeper.sweepOnce()).toBe(0);
    expect(await stillPending()).toBe(10);
  });
});
