import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { PeriodicPassRunner } from './periodic-pass.runner';
import { OUTBOX_CONFIG, OutboxConfig } from '@app/config';
import { OutboxRepository } from '@app/journal';
import { OUTBOX_DISPATCHER, OutboxDispatcher } from './outbox-dispatcher.port';

/** Outbox entries read and handed over at a time. */
const BATCH = 500;
/** Batches in one pass at most, so that a pass ends; the next goes on. */
const MAX_ROUNDS = 200;

/**
 * Re-enqueues what was committed but never reached the queue (a crash or a Redis outage between
 * commit and enqueue). Job ids make a second enqueue of the same message harmless.
 */
@Injectable()
export class OutboxSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxSweeper.name);
  private readonly runner = new PeriodicPassRunner(() => this.sweep());

  constructor(
    private readonly outbox: OutboxRepository,
    @Inject(OUTBOX_DISPATCHER) private readonly dispatcher: OutboxDispatcher,
    @Inject(OUTBOX_CONFIG) private readonly config: OutboxConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.runner.start(this.config.sweepIntervalMs);
  }

  onApplicationShutdown(): Promise<void> {
    return this.runner.stop();
  }

  /** One pass; returns how many messages were handed to the queue. Overlapping calls share a pass. */
  sweepOnce(): Promise<number> {
    return this.runner.runOnce();
  }

  private async sweep(): Promise<number> {
    let handedOver = 0;
    try {
      // Batch after batch while they come full: after an outage the outbox holds every message
      // received meanwhile, and one batch an interval would drain it slower than carriers send.
      for (let round = 0; round < MAX_ROUNDS; round++) {
        const pending = await this.outbox.pendingOutbox(this.config.staleAfterMs, BATCH);
        if (pending.length === 0) break;
        // A failed hand-off is the dispatcher's to report, once a streak; a later pass retries.
        const handOff = await this.dispatcher
          .dispatch(pending.map((p) => p.messageId))
          .catch(() => undefined);
        // Deferred: hand-offs made earlier still wait for Redis; a later pass takes these.
        if (handOff === undefined || handOff.kind === 'deferred') break;
        handedOver += handOff.count;
        if (pending.length < BATCH) break;
      }
    } catch (error) {
      this.logger.warn(`outbox sweep could not read the outbox, will retry: ${String(error)}`);
    }
    if (handedOver > 0) {
      this.logger.log(`re-enqueued ${handedOver} committed message(s) from the outbox`);
    }
    return handedOver;
  }
}
