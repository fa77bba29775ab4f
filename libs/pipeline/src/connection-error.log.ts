import { Logger } from '@nestjs/common';

/** What reports connection faults: a BullMQ Queue or Worker. */
export interface ErrorSource {
  on(event: 'error', listener: (error: Error) => void): unknown;
}

/**
 * Reports a queue's or worker's errors one line at a time, at most one line a source in each
 * quiet period, with a count of those left out. With no listener BullMQ prints each error's stack
 * itself, and while Redis is down every failed reconnect of every connection is an error.
 */
export class ConnectionErrorLog {
  constructor(
    private readonly logger: Pick<Logger, 'warn'>,
    private readonly quietMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  watch(name: string, source: ErrorSource): void {
    let reportedAt = -Infinity;
    let leftOut = 0;
    source.on('error', (error) => {
      const at = this.now();
      if (at - reportedAt < this.quietMs) {
        leftOut++;
        return;
      }
      const more = leftOut > 0 ? ` (${leftOut} more since the last report)` : '';
      this.logger.warn(`${name}: ${error.message}${more}`);
      reportedAt = at;
      leftOut = 0;
    });
  }
}
