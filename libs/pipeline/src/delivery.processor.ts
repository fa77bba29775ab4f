import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import { DELIVERY_CONFIG, DeliveryConfig } from '@app/config';
import { DeliveryRepository } from '@app/journal';
import { DeliveryError, DestinationRegistry } from '@app/routing';
import { Job } from 'bullmq';
import { DeliveryRequestFactory } from './delivery-request.factory';
import { DELIVERY_QUEUE, DeliveryJob } from './queue-names';

export type DeliveryOutcome = 'delivered' | 'already-delivered' | 'dead';

/**
 * Delivers one (message, destination). The journal, not the queue, is the truth: a delivery
 * already delivered is never sent again, and the last failure leaves it dead and visible.
 */
@Processor(DELIVERY_QUEUE)
export class DeliveryProcessor extends WorkerHost {
  private readonly logger = new Logger(DeliveryProcessor.name);

  constructor(
    private readonly deliveries: DeliveryRepository,
    private readonly destinations: DestinationRegistry,
    private readonly requests: DeliveryRequestFactory,
    @Inject(DELIVERY_CONFIG) private readonly config: DeliveryConfig,
  ) {
    super();
  }

  async process(job: Job<DeliveryJob>): Promise<DeliveryOutcome> {
    const delivery = await this.deliveries.findById(job.data.deliveryId);
    if (delivery === undefined) {
      throw new Error(`delivery ${job.data.deliveryId} is not in the journal`);
    }
    if (delivery.status === 'delivered') return 'already-delivered';
    if (delivery.status === 'dead') return 'dead';
    const attempt = job.attemptsMade + 1;
    const destination = this.destinations.byName(delivery.destination);
    if (destination === undefined) {
      await this.deliveries.markDead(
        delivery.id,
        `destination '${delivery.destination}' is no longer configured`,
      );
      return 'dead';
    }
    await this.deliveries.markDelivering(delivery.id, attempt);
    try {
      const receipt = await destination.deliver(await this.requests.build(delivery));
      await this.deliveries.markDelivered(delivery.id);
      this.logger.debug(`delivery ${delivery.id} to ${delivery.destination}: ${receipt.detail}`);
      return 'delivered';
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const retryable = !(error instanceof DeliveryError) || error.retryable;
      await this.deliveries.markFailed(delivery.id, attempt, reason);
      if (!retryable || attempt >= (job.opts.attempts ?? this.config.attempts)) {
        await this.deliveries.markDead(delivery.id, reason);
        return 'dead';
      }
      throw error;
    }
  }
}
