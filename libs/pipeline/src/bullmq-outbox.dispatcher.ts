import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { OutboxRepository } from '@app/journal';
import { OutboxDispatcher } from './outbox-dispatcher.port';
import { Queue } from 'bullmq';
import { ROUTING_QUEUE, RoutingJob, routingJobId } from './queue-names';

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
        opts: {
          jobId: routingJobId(messageId),
          removeOnComplete: { age: 86_400 },
          removeOnFail: false,
          attempts: 10,
          backoff: { type: 'exponential', delay: 1000 },
        },
      })),
    );
    await this.outbox.markEnqueued(messageIds);
  }
}
