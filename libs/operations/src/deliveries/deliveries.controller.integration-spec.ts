import { EventRepository } from '@app/journal';
import { deliveryJobId } from '@app/pipeline';
import { anApiInterchange, LH400 } from '../testing/operations.fixtures';
import {
  OperationsTestApp,
  startOperationsApp,
  TEST_DELIVERY,
} from '../testing/operations-test-app';
import { DeliveriesController } from './deliveries.controller';
import { ReplayDeliveryResultDto } from './dto/replay-delivery-result.dto';

describe(DeliveriesController.name, () => {
  let t: OperationsTestApp;
  let messageId: string;
  let destinations = 0;

  beforeAll(async () => {
    t = await startOperationsApp();
    const { messageIds } = await t.record(
      anApiInterchange({
        carrierId: null,
        senderId: 'LHAPI',
        controlReference: '000000777',
        flight: LH400,
        receivedAt: new Date('2026-11-28T06:00:00.000Z'),
      }),
    );
    messageId = messageIds[0];
  });
  afterAll(() => t.close());

  /** A delivery to a fresh destination, walked to `dead` through one failed attempt. */
  async function aDeadDelivery(): Promise<string> {
    const { delivery } = await t.deliveries.createIfAbsent(messageId, `sink-${++destinations}`);
    await t.deliveries.markDelivering(delivery.id, 1);
    await t.deliveries.markFailed(delivery.id, 1, 'ECONNREFUSED 10.0.0.7:5671');
    await t.deliveries.markDead(delivery.id, 'gave up after 1 attempt');
    return delivery.id;
  }

  it('replays a dead delivery: pending again in the journal, and a new job on the queue', async () => {
    const id = await aDeadDelivery();

    const res = await t
      .post(`/v1/deliveries/${id}/replay`)
      .send({ requestedBy: 'j.doe@piu' })
      .expect(202);

    const jobId = deliveryJobId(id, 1);
    expect(res.body).toEqual({ deliveryId: id, status: 'pending', replay: 1, jobId });
    const job = await t.queue.getJob(jobId);
    expect(job?.name).toBe('deliver');
    expect(job?.data).toEqual({
      deliveryId: id,
      backoff: { baseMs: TEST_DELIVERY.backoffMs, maxMs: TEST_DELIVERY.maxBackoffMs },
    });
    expect(job?.opts.attempts).toBe(TEST_DELIVERY.attempts);
    expect(job?.opts.backoff).toEqual({ type: 'capped' });
    expect(await t.deliveries.findById(id)).toEqual(
      expect.objectContaining({ status: 'pending', attempts: 0, lastError: null }),
    );
    const events = await t.app.get(EventRepository).eventsFor('delivery', id);
    expect(events.at(-1)).toEqual(
      expect.objectContaining({
        state: 'pending',
        detail: { replay: true, requestedBy: 'j.doe@piu' },
      }),
    );
  });

  it('gives every replay a job id of its own, so the queue never drops one as a repeat', async () => {
    const id = await aDeadDelivery();
    await t.post(`/v1/deliveries/${id}/replay`).expect(202);
    await t.deliveries.markDelivering(id, 1);
    await t.deliveries.markDelivered(id);

    const second = await t.post(`/v1/deliveries/${id}/replay`).expect(202);

    expect((second.body as ReplayDeliveryResultDto).replay).toBe(2);
    expect(await t.queue.getJob(deliveryJobId(id, 1))).toBeDefined();
    expect(await t.queue.getJob(deliveryJobId(id, 2))).toBeDefined();
    const events = await t.app.get(EventRepository).eventsFor('delivery', id);
    expect(events.at(-1)?.detail).toEqual({ replay: true, requestedBy: 'operations-api' });
  });

  it('refuses with 409, saying why, a delivery that is pending or under way', async () => {
    const { delivery } = await t.deliveries.createIfAbsent(messageId, 'pending-sink');
    const waiting = await t.queue.getJobCounts('waiting');

    const res = await t.post(`/v1/deliveries/${delivery.id}/replay`).expect(409);

    expect((res.body as { message: string }).message).toBe(
      `Delivery ${delivery.id} cannot go from pending to pending`,
    );
    expect(await t.queue.getJobCounts('waiting')).toEqual(waiting);
    expect((await t.deliveries.findById(delivery.id))?.status).toBe('pending');
  });

  it('answers 404 for a delivery the journal does not hold, 400 for what is no id', async () => {
    const res = await t
      .post('/v1/deliveries/0b6c8a9e-4f1d-4c3a-8e2b-7d6f5a4b3c2d/replay')
      .expect(404);

    expect((res.body as { message: string }).message).toMatch(/No delivery/);
    await t.post('/v1/deliveries/not-a-delivery/replay').expect(400);
    const badBody = await t.post(`/v1/deliveries/${await aDeadDelivery()}/replay`).send({ by: 1 });
    expect(badBody.status).toBe(400);
  });

  it('replays nothing without the admin token', async () => {
    const id = await aDeadDelivery();

    await t.anonymous().post(`/v1/deliveries/${id}/replay`).expect(401);

    expect((await t.deliveries.findById(id))?.status).toBe('dead');
    expect(await t.queue.getJob(deliveryJobId(id, 1))).toBeUndefined();
  });
});
