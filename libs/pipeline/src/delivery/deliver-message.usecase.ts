import { Inject, Injectable, Logger } from '@nestjs/common';
import { DELIVERY_CONFIG, DeliveryConfig } from '@app/config';
import { Delivery, DeliveryRepository } from '@app/journal';
import { DeliveryError, Destination, DestinationRegistry } from '@app/routing';
import { DeliverMessageCommand } from './deliver-message.command';
import { DeliveryAttempt } from './delivery.attempt';
import { DeliveryRequestFactory } from './delivery-request.factory';

/**
 * Delivers one (message, destination). The journal, not the queue, is the truth: a delivery
 * already delivered is never sent again, and the last failure leaves it dead and visible.
 */
@Injectable()
export class DeliverMessageUseCase {
  private readonly logger = new Logger(DeliverMessageUseCase.name);

  constructor(
    private readonly deliveries: DeliveryRepository,
    private readonly destinations: DestinationRegistry,
    private readonly requests: DeliveryRequestFactory,
    @Inject(DELIVERY_CONFIG) private readonly config: DeliveryConfig,
  ) {}

  async execute(command: DeliverMessageCommand): Promise<DeliveryAttempt> {
    const delivery = await this.deliveries.findById(command.deliveryId);
    if (delivery === undefined) {
      throw new Error(`delivery ${command.deliveryId} is not in the journal`);
    }
    if (delivery.status === 'delivered') return { kind: 'already-delivered' };
    if (delivery.status === 'dead') return { kind: 'dead' };
    const destination = this.destinations.byName(delivery.destination);
    if (destination === undefined) {
      await this.deliveries.markDead(
        delivery.id,
        `destination '${delivery.destination}' is no longer configured`,
      );
      return { kind: 'dead' };
    }
    await this.deliveries.markDelivering(delivery.id, command.attempt);
    try {
      await this.deliver(delivery, destination);
      return { kind: 'delivered' };
    } catch (error) {
      return this.failed(delivery, command, error);
    }
  }

  private async deliver(delivery: Delivery, destination: Destination): Promise<void> {
    const receipt = await destination.deliver(await this.requests.build(delivery));
    await this.deliveries.markDelivered(delivery.id);
    this.logger.debug(`delivery ${delivery.id} to ${delivery.destination}: ${receipt.detail}`);
  }

  /** Recorded as failed; dead when it cannot succeed later or this was its last attempt. */
  private async failed(
    delivery: Delivery,
    { attempt, maxAttempts = this.config.attempts }: DeliverMessageCommand,
    error: unknown,
  ): Promise<DeliveryAttempt> {
    const reason = error instanceof Error ? error.message : String(error);
    const retryable = !(error instanceof DeliveryError) || error.retryable;
    await this.deliveries.markFailed(delivery.id, attempt, reason);
    if (!retryable || attempt >= maxAttempts) {
      await this.deliveries.markDead(delivery.id, reason);
      return { kind: 'dead' };
    }
    return { kind: 'retry', error };
  }
}
