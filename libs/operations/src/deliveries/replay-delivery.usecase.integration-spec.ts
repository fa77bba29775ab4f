import { ServiceUnavailableException } from '@nestjs/common';
import { EventRepository } from '@app/journal';
import { DeliveryJob } from '@app/pipeline';
import { Queue } from 'bullmq';
import { anApiInterchange, LH400 } from '../testing/operations.fixtures';
import {
  HEALTHY,
  OperationsTestApp,
  startOperationsApp,
  TEST_ADMIN_TOKEN,
  TEST_DELIVERY,
} from '../testing/operations-test-app';
import { ReplayDeliveryUseCase } from './replay-delivery.usecase';

describe(ReplayDeliveryUseCase.name, () => {
  let t: OperationsTestApp;
  beforeAll(async () => {
    t = await startOperationsApp();
  });
  afterAll(() => t.close());

  it('leaves the delivery dead, so it can be replayed later, when the queue is down', async () => {
    const { messageIds } = await t.record(
      anApiInterchange({
        carrierId: null,
        senderId: 'LHAPI',
        controlReference: '000000888',
        flight: LH400,
        receivedAt: new Date('2026-11-28T06:00:00.000Z'),
      }),
    );
    const { delivery } = await t.deliveries.createIfAbsent(messageIds[0], 'risk-engine');
    await t.deliveries.markDead(delivery.id, 'destination removed');
    const downQueue = {
      add: () => Promise.reject(new Error('Connection is closed.')),
    } as unknown as Queue<DeliveryJob>;
    const sut = new ReplayDeliveryUseCase(t.deliveries, t.app.get(EventRepository), downQueue, {
      adminToken: TEST_ADMIN_TOKEN,
      delivery: TEST_DELIVERY,
      health: HEALTHY,
    });

    const attempt = sut.execute({ deliveryId: delivery.id, requestedBy: 'j.doe@piu' });

    await expect(attempt).rejects.toThrow(ServiceUnavailableException);
    await expect(attempt).rejects.toThrow('Connection is closed.');
    expect(await t.deliveries.findById(delivery.id)).toEqual(
      expect.objectContaining({
        status: 'dead',
        lastError: 'replay 1 could not be queued: Connection is closed.',
      }),
    );
  });
});
