import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { DELIVERY_CONFIG, DeliveryConfig } from '@app/config';
import { Queue } from 'bullmq';
import { deliveryJobOptions } from '../delivery-job.options';
import { DELIVERY_QUEUE, DeliveryJob, deliveryJobId } from '../queue-names';
import { DeliveryScheduler } from './delivery-scheduler.port';

/** Routing's delivery scheduler on BullMQ: one `deliver` job a delivery, backoff fixed now. */
@Injectable()
export class BullMqDeliveryScheduler implements DeliveryScheduler {
  constructor(
    @InjectQueue(DELIVERY_QUEUE) private readonly queue: Queue<DeliveryJob>,
    @Inject(DELIVERY_CONFIG) private readonly config: DeliveryConfig,
  ) {}

  async schedule(deliveryId: string): Promise<void> {
    await this.queue.add(
      'deliver',
      { deliveryId, backoff: { baseMs: this.config.backoffMs, maxMs: this.config.maxBackoffMs } },
      { ...deliveryJobOptions(this.config), jobId: deliveryJobId(deliveryId) },
    );
  }
}
