import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { OutboxRepository } from '@app/journal';
import { OutboxDispatcher } from './outbox-dispatcher.port';
import { Queue } from 'bullmq';
import { ROUTING_QUEUE, RoutingJob, routingJobId } from './queue-names';
import { routingJobOptions } from './routing-job.options';

/** Enqueues committed messages for routing, then marks them enqueued in the outbox. */
@Injectable()
export class BullMqOutboxDispatcher implements OutboxDispatcher {
  constructor(
    @InjectQueue(ROUTING_QUEUE) private readonly routing: Queue<RoutingJob>,
    private readonly outbox: OutboxRepository,
  ) {}

  async dispatch(messageIds: readonly string[]): Promise<void> {
    if (messageIds.length === 0) return;
    await this.routing.addBulk(
      messageIds.map((messageId) => ({
        name: 'route',
        data: { messageId },
        opts: routingJobOptions(routingJobId(messageId)),
      })),
    );
    await this.outbox.markEnqueued(messageIds);
  }
}
