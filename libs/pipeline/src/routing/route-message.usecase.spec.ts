import { Logger } from '@nestjs/common';
import { AssemblePartsUseCase, MessageDocumentStore } from '@app/assembly';
import { AssemblyRepository } from '@app/journal';
import { RoutingRuleMatcher } from '@app/routing';
import { randomUUID } from 'node:crypto';
import { aMessage, PipelineJournal } from '../testing/pipeline.journal';
import { DeliveryScheduler } from './delivery-scheduler.port';
import { RouteMessageUseCase } from './route-message.usecase';

/** Stands in for the delivery queue: records what it is given, or fails like Redis down. */
class RecordingScheduler implements DeliveryScheduler {
  readonly scheduled: string[] = [];
  down = false;

  schedule(deliveryId: string): Promise<void> {
    if (this.down) return Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:6379'));
    this.scheduled.push(deliveryId);
    return Promise.resolve();
  }
}

const matcher = new RoutingRuleMatcher([
  { name: 'live-api', match: { messageTypes: ['PAXLST'], test: false }, destinations: ['risk'] },
  { name: 'archive', match: { messageTypes: ['PAXLST'] }, destinations: ['risk', 'archive'] },
  { name: 'demo-test', match: { carriers: ['DEMO'], test: true }, destinations: ['sandbox'] },
]);

describe(RouteMessageUseCase.name, () => {
  let journal: PipelineJournal;
  let scheduler: RecordingScheduler;
  let sut: RouteMessageUseCase;
  let warnings: string[];

  beforeAll(async () => {
    journal = await PipelineJournal.open();
  });
  afterAll(() => journal.close());

  beforeEach(() => {
    warnings = [];
    jest.spyOn(Logger.prototype, 'warn').mockImplementation((line: unknown) => {
      warnings.push(String(line));
    });
    scheduler = new RecordingScheduler();
    const { db, messages, interchanges } = journal;
    const assembleParts = new AssemblePartsUseCase(
      new AssemblyRepository(db),
      messages,
      { timeoutMs: 60000, sweepIntervalMs: 1000 },
      new MessageDocumentStore(messages, interchanges),
    );
    sut = new RouteMessageUseCase(
      messages,
      interchanges,
      journal.writer,
      matcher,
      assembleParts,
      scheduler,
    );
  });
  afterEach(() => jest.restoreAllMocks());

  const deliveriesOf = (messageId: string) => journal.deliveries.listForMessages([messageId]);

  it('schedules one delivery to each destination the rules name, and marks the message routed', async () => {
    const messageId = await journal.record();

    expect(await sut.execute({ messageId })).toEqual(['risk', 'archive']);

    const deliveries = await deliveriesOf(messageId);
    expect(deliveries.map((d) => [d.destination, d.status]).sort()).toEqual([
      ['archive', 'pending'],
      ['risk', 'pending'],
    ]);
    expect([...scheduler.scheduled].sort()).toEqual(deliveries.map((d) => d.id).sort());
    expect(await journal.statusOf(messageId)).toBe('routed');
  });

  it('matches on the carrier (the UNB sender when none is known) and the test indicator', async () => {
    const messageId = await journal.record(aMessage({ type: 'PNRGOV' }), { test: true });

    expect(await sut.execute({ messageId })).toEqual(['sandbox']);
  });

  it('run again, schedules the same deliveries again, except those delivered', async () => {
    const messageId = await journal.record();
    await sut.execute({ messageId });
    const [first, second] = await deliveriesOf(messageId);
    await journal.deliveries.markDelivering(first.id, 1);
    await journal.deliveries.markDelivered(first.id);

    await sut.execute({ messageId });

    expect(await deliveriesOf(messageId)).toHaveLength(2);
    expect(scheduler.scheduled.filter((id) => id === first.id)).toHaveLength(1);
    expect(scheduler.scheduled.filter((id) => id === second.id)).toHaveLength(2);
  });

  it('routes a message no rule matches nowhere, and says so', async () => {
    const messageId = await journal.record(aMessage({ type: 'PNRGOV' }));

    expect(await sut.execute({ messageId })).toEqual([]);

    expect(scheduler.scheduled).toEqual([]);
    expect(warnings).toEqual([`message ${messageId} (PNRGOV) matches no routing rule`]);
  });

  it.each([
    ['the lead part comes last', [2, 1]],
    ['a later part completes the set', [1, 2]],
  ])(
    'holds parts until the set is whole, then routes it once as its lead (%s)',
    async (_, order) => {
      const access = `A${randomUUID()}`;
      const ids = new Map<number, string>();
      for (const n of [1, 2]) {
        const part = aMessage({ accessReference: access, partNumber: n, partLast: n === 2 });
        ids.set(n, await journal.record(part));
      }
      const [early, late] = order.map((n) => ids.get(n) ?? '');

      expect(await sut.execute({ messageId: early })).toEqual([]);
      expect(scheduler.scheduled).toEqual([]);
      expect(await journal.statusOf(early)).toBe('assembling');

      expect(await sut.execute({ messageId: late })).toEqual(['risk', 'archive']);
      const lead = ids.get(1) ?? '';
      expect((await deliveriesOf(lead)).map((d) => d.id).sort()).toEqual(
        [...scheduler.scheduled].sort(),
      );
      expect(await deliveriesOf(ids.get(2) ?? '')).toEqual([]);
      expect(await journal.statusOf(lead)).toBe('routed');
      expect(await journal.statusOf(ids.get(2) ?? '')).toBe('routed');
    },
  );

  it('throws for a message not in the journal, for the queue to retry', async () => {
    await expect(sut.execute({ messageId: 'no-such-message' })).rejects.toThrow(
      'message no-such-message is not in the journal',
    );
  });

  it('throws when the queue cannot take a delivery, its deliveries kept pending for a re-run', async () => {
    const messageId = await journal.record();
    scheduler.down = true;

    await expect(sut.execute({ messageId })).rejects.toThrow('ECONNREFUSED');
    const pending = await deliveriesOf(messageId);
    expect(pending.map((d) => d.status)).toEqual(['pending', 'pending']);

    scheduler.down = false;
    await sut.execute({ messageId });
    expect([...scheduler.scheduled].sort()).toEqual(pending.map((d) => d.id).sort());
  });
});
