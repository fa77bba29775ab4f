import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { OutboxRepository } from '@app/journal';
import { HandOff, OutboxDispatcher } from './outbox-dispatcher.port';
import { Queue } from 'bullmq';
import { ROUTING_QUEUE, RoutingJob, routingJobId } from './queue-names';
import { routingJobOptions } from './routing-job.options';

/** Messages handed over in one round trip at most; the rest go in the next. */
const MAX_HAND_OFF = 500;
/**
 * Messages whose hand-off may wait unsettled. While Redis is unreachable every hand-off waits in
 * the client's offline queue, job data and all; past this many, new ones are left in the outbox
 * (committed, not enqueued), which the sweeper hands over once Redis answers.
 */
export const MAX_UNSETTLED = 10_000;

interface Waiting {
  messageIds: readonly string[];
  resolve: (handOff: HandOff) => void;
  reject: (error: unknown) => void;
}

/**
 * Enqueues committed messages for routing, then marks them enqueued in the outbox. The calls of
 * one turn of the event loop (the ingests of one commit batch) share one `addBulk` and one
 * outbox update: a round trip to Redis and an update each cost more than the job they carry.
 */
@Injectable()
export class BullMqOutboxDispatcher implements OutboxDispatcher {
  private readonly logger = new Logger(BullMqOutboxDispatcher.name);
  private waiting: Waiting[] = [];
  private scheduled = false;
  /** Messages taken by dispatch and not yet enqueued or failed. */
  private unsettled = 0;
  /** Reported once when hand-offs start to fail or to be deferred, once when they work again. */
  private trouble: 'none' | 'deferring' | 'failing' = 'none';

  constructor(
    @InjectQueue(ROUTING_QUEUE) private readonly routing: Queue<RoutingJob>,
    private readonly outbox: OutboxRepository,
  ) {}

  dispatch(messageIds: readonly string[]): Promise<HandOff> {
    const count = messageIds.length;
    if (count === 0) return Promise.resolve({ kind: 'enqueued', count });
    // One call larger than the bound still goes when nothing else waits.
    if (this.unsettled > 0 && this.unsettled + count > MAX_UNSETTLED) {
      this.report(
        'deferring',
        `${this.unsettled} messages wait for Redis; new ones stay in the outbox for its sweeper`,
      );
      return Promise.resolve({ kind: 'deferred', count });
    }
    this.unsettled += count;
    return new Promise<HandOff>((resolve, reject) => {
      this.waiting.push({ messageIds, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // setImmediate, not a microtask: the ingests answered in the same poll phase join in.
    setImmediate(() => {
      this.scheduled = false;
      const batch = this.take();
      if (this.waiting.length > 0) this.schedule();
      void this.handOff(batch);
    });
  }

  /** Whole calls, up to MAX_HAND_OFF messages (one call larger than that goes alone). */
  private take(): Waiting[] {
    let count = 0;
    let n = 0;
    while (n < this.waiting.length) {
      const size = this.waiting[n].messageIds.length;
      if (n > 0 && count + size > MAX_HAND_OFF) break;
      count += size;
      n++;
    }
    return this.waiting.splice(0, n);
  }

  private async handOff(batch: Waiting[]): Promise<void> {
    // A message named twice (the sweeper and an ingest in one turn) is added once.
    const messageIds = [...new Set(batch.flatMap((w) => w.messageIds))];
    try {
      await this.routing.addBulk(
        messageIds.map((messageId) => ({
          name: 'route',
          data: { messageId },
          opts: routingJobOptions(routingJobId(messageId)),
        })),
      );
      await this.outbox.markEnqueued(messageIds);
    } catch (error) {
      this.settle(batch);
      this.report(
        'failing',
        `hand-off to Redis failed, the outbox sweeper retries: ${String(error)}`,
      );
      for (const w of batch) w.reject(error);
      return;
    }
    this.settle(batch);
    if (this.trouble !== 'none') {
      this.logger.log('hand-offs to Redis work again; the outbox sweeper hands over those left');
      this.trouble = 'none';
    }
    for (const w of batch) w.resolve({ kind: 'enqueued', count: w.messageIds.length });
  }

  /** One warning when hand-offs start to be deferred or to fail, not one a message. */
  private report(trouble: 'deferring' | 'failing', text: string): void {
    if (this.trouble === trouble) return;
    this.trouble = trouble;
    this.logger.warn(text);
  }

  private settle(batch: readonly Waiting[]): void {
    for (const w of batch) this.unsettled -= w.messageIds.length;
  }
}
