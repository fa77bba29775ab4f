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
    try {
      const pending = await this.outbox.pendingOutbox(this.config.staleAfterMs);
      if (pending.length === 0) return 0;
      await this.dispatcher.dispatch(pending.map((p) => p.messageId));
      this.logger.log(`re-enqueued ${pending.length} committed message(s) from the outbox`);
      return pending.length;
    } catch (error) {
      this.logger.warn(`outbox sweep failed, will retry: ${String(error)}`);
      return 0;
    }
  }
}
