import {
  createJournalDatabase,
  Database,
  JournalWriter,
  migrateJournal,
  OutboxRepository,
} from '@app/journal';
import { Logger } from '@nestjs/common';
import { JobsOptions, Queue } from 'bullmq';
import { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import { BullMqOutboxDispatcher, MAX_UNSETTLED } from './bullmq-outbox.dispatcher';
import { RoutingJob } from './queue-names';

interface BulkJob {
  name: string;
  data: RoutingJob;
  opts?: JobsOptions;
}

/** Stands in for the routing queue: records each `addBulk`, fails or holds it while told to. */
class RecordingQueue {
  readonly calls: BulkJob[][] = [];
  failure: Error | undefined;
  /** Holds each addBulk unanswered, as ioredis's offline queue does while Redis is down. */
  holding = false;
  private readonly held: (() => void)[] = [];

  addBulk(jobs: BulkJob[]): Promise<unknown[]> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    this.calls.push(jobs);
    if (!this.holding) return Promise.resolve(jobs);
    return new Promise((resolve) => this.held.push(() => resolve(jobs)));
  }

  release(): void {
    this.holding = false;
    for (const answer of this.held.splice(0)) answer();
  }
}

describe('BullMqOutboxDispatcher', () => {
  let db: Kysely<Database>;
  let outbox: OutboxRepository;
  let queue: RecordingQueue;
  let sut: BullMqOutboxDispatcher;

  beforeAll(async () => {
    // In memory: this spec needs a real outbox table, not a file that outlives it.
    db = createJournalDatabase({ kind: 'sqlite', filename: ':memory:' });
    await migrateJournal(db);
    outbox = new OutboxRepository(db);
  });
  afterAll(() => db.destroy());
  beforeEach(() => {
    queue = new RecordingQueue();
    sut = new BullMqOutboxDispatcher(queue as unknown as Queue<RoutingJob>, outbox);
  });

  /** Commits an accepted interchange of `count` messages; returns their outbox entries. */
  async function committed(count: number): Promise<string[]> {
    const { outboxMessageIds } = await new JournalWriter(db).recordInterchange({
      channel: 'https',
      senderId: 'DEMO',
      recipientId: 'PIU',
      controlReference: randomUUID().slice(0, 14),
      raw: Buffer.from(randomUUID()),
      test: false,
      outcome: 'accepted',
      messages: Array.from({ length: count }, (_, i) => ({
        type: 'PAXLST',
        reference: String(i + 1),
        outcome: 'accepted' as const,
      })),
    });
    return outboxMessageIds;
  }

  async function pending(ids: readonly string[]): Promise<string[]> {
    const all = (await outbox.pendingOutbox(0, 100_000)).map((e) => e.messageId);
    return ids.filter((id) => all.includes(id));
  }

  it('hands the calls of one turn to the queue in one addBulk, one job a message, then marks them', async () => {
    const first = await committed(1);
    const second = await committed(2);

    await Promise.all([sut.dispatch(first), sut.dispatch(second)]);

    expect(queue.calls).toHaveLength(1);
    expect(queue.calls[0].map((j) => j.data.messageId)).toEqual([...first, ...second]);
    expect(queue.calls[0].map((j) => j.opts?.jobId)).toEqual(
      [...first, ...second].map((id) => `route-${id}`),
    );
    expect(await pending([...first, ...second])).toEqual([]);
  });

  it('adds a message named by two calls of one turn once', async () => {
    const ids = await committed(1);

    await Promise.all([sut.dispatch(ids), sut.dispatch(ids)]);

    expect(queue.calls.flat().map((j) => j.data.messageId)).toEqual(ids);
  });

  it('fails every call of the turn when the queue fails, and leaves their entries to the sweeper', async () => {
    const first = await committed(1);
    const second = await committed(1);
    queue.failure = new Error('Redis is down');

    const outcomes = await Promise.allSettled([sut.dispatch(first), sut.dispatch(second)]);

    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
    expect(await pending([...first, ...second])).toEqual([...first, ...second]);
  });

  it('warns once while hand-offs keep failing, and says when they work again', async () => {
    const warned = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const logged = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    queue.failure = new Error('Redis is down');
    try {
      await expect(sut.dispatch(await committed(1))).rejects.toThrow('Redis is down');
      await expect(sut.dispatch(await committed(1))).rejects.toThrow('Redis is down');
      queue.failure = undefined;
      await sut.dispatch(await committed(1));
      await sut.dispatch(await committed(1));

      expect(warned.mock.calls.map(([line]) => line as string)).toEqual([
        'hand-off to Redis failed, the outbox sweeper retries: Error: Redis is down',
      ]);
      expect(logged.mock.calls.map(([line]) => line as string)).toEqual([
        'hand-offs to Redis work again; the outbox sweeper hands over those left',
      ]);
    } finally {
      warned.mockRestore();
      logged.mockRestore();
    }
  });

  it('splits a large turn between whole calls, at most 500 messages a round trip', async () => {
    const calls = await Promise.all(Array.from({ length: 3 }, () => committed(200)));

    await Promise.all(calls.map((ids) => sut.dispatch(ids)));

    expect(queue.calls.map((c) => c.length)).toEqual([400, 200]);
    expect(await pending(calls.flat())).toEqual([]);
  });

  it('resolves an empty call at once, without the queue', async () => {
    expect(await sut.dispatch([])).toEqual({ kind: 'enqueued', count: 0 });

    expect(queue.calls).toEqual([]);
  });

  it('says how many it enqueued', async () => {
    const ids = await committed(2);

    expect(await sut.dispatch(ids)).toEqual({ kind: 'enqueued', count: 2 });
  });

  it('leaves new messages in the outbox while as many as it holds wait for the queue', async () => {
    queue.holding = true;
    const waiting = Array.from({ length: MAX_UNSETTLED }, () => randomUUID());
    const first = sut.dispatch(waiting);
    const over = await committed(1);

    expect(await sut.dispatch(over)).toEqual({ kind: 'deferred', count: 1 });
    await new Promise((resolve) => setImmediate(resolve));
    expect(queue.calls.flat()).toHaveLength(MAX_UNSETTLED);
    expect(await pending(over)).toEqual(over);

    queue.release();
    expect(await first).toEqual({ kind: 'enqueued', count: MAX_UNSETTLED });
    expect(await sut.dispatch(over)).toEqual({ kind: 'enqueued', count: 1 });
    expect(await pending(over)).toEqual([]);
  });

  it('counts a failed hand-off as settled', async () => {
    queue.holding = true;
    queue.failure = new Error('Redis is down');
    const failed = sut.dispatch(Array.from({ length: MAX_UNSETTLED }, () => randomUUID()));
    await expect(failed).rejects.toThrow('Redis is down');
    queue.failure = undefined;
    queue.holding = false;
    const ids = await committed(1);

    expect(await sut.dispatch(ids)).toEqual({ kind: 'enqueued', count: 1 });
  });
});
