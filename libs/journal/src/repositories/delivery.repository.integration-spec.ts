import { anInterchange, rejectionOf, rowCounts } from '../testing/journal.fixtures';
import { BACK_ENDS, openTestJournal, TestJournal } from '../testing/test-journal';
import { deliveryIdempotencyKey } from '../support/digest';
import { JournalWriter } from '../writer/journal.writer';
import { DeliveryTransitionError } from './delivery-transition.error';
import { DeliveryRepository } from './delivery.repository';
import { EventRepository } from './event.repository';

describe.each(BACK_ENDS)('DeliveryRepository on %s', (kind) => {
  let journal: TestJournal;
  let sut: DeliveryRepository;
  let events: EventRepository;
  let messageId: string;
  beforeAll(async () => {
    journal = await openTestJournal(kind);
    sut = new DeliveryRepository(journal.db);
    events = new EventRepository(journal.db);
  });
  afterAll(() => journal.dispose());
  beforeEach(async () => {
    [messageId] = (
      await new JournalWriter(journal.db).recordInterchange(anInterchange())
    ).messageIds;
  });

  async function statesOf(id: string): Promise<string[]> {
    return (await events.eventsFor('delivery', id)).map((e) => e.state);
  }

  it('creates a delivery once per message and destination, however often asked', async () => {
    const first = await sut.createIfAbsent(messageId, 'risk-engine');
    const second = await sut.createIfAbsent(messageId, 'risk-engine');

    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(second.delivery).toEqual(first.delivery);
    expect(first.delivery).toEqual(
      expect.objectContaining({
        messageId,
        destination: 'risk-engine',
        status: 'pending',
        attempts: 0,
      }),
    );
    expect(await sut.listForMessages([messageId])).toHaveLength(1);
    expect(await statesOf(first.delivery.id)).toEqual(['pending']);
  });

  it('makes one row even when asked concurrently', async () => {
    const before = await rowCounts(journal.db);

    const results = await Promise.all(
      Array.from({ length: 8 }, () => sut.createIfAbsent(messageId, 'watch-list')),
    );

    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.delivery.id)).size).toBe(1);
    expect((await rowCounts(journal.db)).deliveries).toBe(before.deliveries + 1);
  });

  it('keys each delivery by message and destination, the same way every time', async () => {
    const a = await sut.createIfAbsent(messageId, 'risk-engine');
    const b = await sut.createIfAbsent(messageId, 'border-control');

    expect(a.delivery.idempotencyKey).toBe(deliveryIdempotencyKey(messageId, 'risk-engine'));
    expect(b.delivery.idempotencyKey).toBe(deliveryIdempotencyKey(messageId, 'border-control'));
    expect(a.delivery.idempotencyKey).not.toBe(b.delivery.idempotencyKey);
  });

  it('records every change of state, through a retry to delivery', async () => {
    const { delivery } = await sut.createIfAbsent(messageId, 'risk-engine');

    await sut.markDelivering(delivery.id, 1);
    const failed = await sut.markFailed(delivery.id, 1, 'ECONNREFUSED');
    await sut.markDelivering(delivery.id, 2);
    const delivered = await sut.markDelivered(delivery.id);

    expect(failed).toEqual(
      expect.objectContaining({ status: 'failed', attempts: 1, lastError: 'ECONNREFUSED' }),
    );
    expect(delivered).toEqual(
      expect.objectContaining({ status: 'delivered', attempts: 2, lastError: null }),
    );
    expect(delivered.deliveredAt).toBeInstanceOf(Date);
    expect(await statesOf(delivery.id)).toEqual([
      'pending',
      'delivering',
      'failed',
      'delivering',
      'delivered',
    ]);
    const failure = (await events.eventsFor('delivery', delivery.id))[2];
    expect(failure.detail).toEqual({ attempt: 1, error: 'ECONNREFUSED' });
  });

  it('starts again over an attempt a dead worker left delivering', async () => {
    const { delivery } = await sut.createIfAbsent(messageId, 'risk-engine');
    await sut.markDelivering(delivery.id, 1);

    const retried = await sut.markDelivering(delivery.id, 2);

    expect(retried).toEqual(expect.objectContaining({ status: 'delivering', attempts: 2 }));
    expect(await statesOf(delivery.id)).toEqual(['pending', 'delivering', 'delivering']);
    await sut.markDelivered(delivery.id);
    await expect(sut.markDelivering(delivery.id, 3)).rejects.toMatchObject({ from: 'delivered' });
  });

  it('dead-letters and replays', async () => {
    const { delivery } = await sut.createIfAbsent(messageId, 'border-control');
    await sut.markDelivering(delivery.id, 1);
    await sut.markFailed(delivery.id, 1, 'HTTP 503');

    const dead = await sut.markDead(delivery.id, 'gave up after 1 attempt');
    const replayed = await sut.resetForReplay(delivery.id, 'technician@piu');

    expect(dead).toEqual(
      expect.objectContaining({ status: 'dead', lastError: 'gave up after 1 attempt' }),
    );
    expect(replayed).toEqual(
      expect.objectContaining({
        status: 'pending',
        attempts: 0,
        lastError: null,
        deliveredAt: null,
      }),
    );
    expect(replayed.idempotencyKey).toBe(delivery.idempotencyKey);
    expect(await statesOf(delivery.id)).toEqual([
      'pending',
      'delivering',
      'failed',
      'dead',
      'pending',
    ]);
  });

  it('refuses a move its state does not allow, and records nothing', async () => {
    const { delivery } = await sut.createIfAbsent(messageId, 'risk-engine');

    const attempt = sut.markDelivered(delivery.id);

    await expect(attempt).rejects.toThrow(DeliveryTransitionError);
    await expect(attempt).rejects.toMatchObject({ from: 'pending', to: 'delivered' });
    await expect(sut.resetForReplay(delivery.id)).rejects.toThrow(
      'cannot go from pending to pending',
    );
    expect((await sut.findById(delivery.id))?.status).toBe('pending');
    expect(await statesOf(delivery.id)).toEqual(['pending']);
  });

  it('says so when there is no such delivery', async () => {
    await expect(sut.markDelivering('no-such-delivery', 1)).rejects.toMatchObject({
      deliveryId: 'no-such-delivery',
      from: undefined,
    });
  });

  it('refuses a delivery of a message the journal does not hold', async () => {
    const refused = sut.createIfAbsent('no-such-message', 'risk-engine');

    expect(await rejectionOf(refused)).toMatch(/foreign key/i);
  });
});
