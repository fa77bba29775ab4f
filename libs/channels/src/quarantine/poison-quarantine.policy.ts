import { Inject, Injectable, Logger } from '@nestjs/common';
import { INGEST_CONFIG, IngestConfig } from '@app/config';
import { quarantineContrlOf } from '@app/ingest';
import { EventRepository } from '@app/journal';
import { InboundSubject } from './inbound.subject';
import { IngestAttemptOutcome, QuarantineVerdict } from './ingest-attempt.outcome';
import { INGEST_ATTEMPTS, IngestAttemptCount, IngestAttemptsPort } from './ingest-attempts.port';

/** A first try is counted only if it fails; a retry is counted before it starts. */
export type AttemptMode = 'first' | 'retry';

export type QuarantineEvents = Pick<EventRepository, 'append'>;

const reasonOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/**
 * When a file or message that keeps failing (or crashing the process) stops being tried: after
 * `ingest.maxAttempts` tries it is quarantined. The same rule for every channel; each channel
 * moves its own kind of thing aside and answers the carrier as it can.
 */
@Injectable()
export class PoisonQuarantinePolicy {
  private readonly logger = new Logger('Quarantine');

  constructor(
    @Inject(INGEST_ATTEMPTS) private readonly attempts: IngestAttemptsPort,
    @Inject(EventRepository) private readonly events: QuarantineEvents,
    @Inject(INGEST_CONFIG) private readonly config: IngestConfig,
  ) {}

  /**
   * One try of `ingest`. A retry that cannot be counted is not made: uncounted, a crash during
   * it would start the crash loop over. A first try calls `ingest` before anything else.
   */
  async attempt<T>(
    subject: InboundSubject,
    mode: AttemptMode,
    ingest: () => Promise<T>,
  ): Promise<IngestAttemptOutcome<T>> {
    let counted: IngestAttemptCount | undefined;
    if (mode === 'retry') {
      try {
        counted = await this.attempts.recordAttempt(subject.key);
      } catch (error) {
        const cannot = new Error(`cannot count the try: ${reasonOf(error)}`);
        return { kind: 'failed', error: cannot, counted: false };
      }
      if (counted.quarantined) return { kind: 'set-aside' };
      if (counted.attempts > this.config.maxAttempts) {
        return { kind: 'quarantine', attempts: counted.attempts - 1, lastError: counted.lastError };
      }
    }
    let value: T;
    try {
      value = await ingest();
    } catch (error) {
      return this.failed(subject, error, counted !== undefined);
    }
    if (counted !== undefined) await this.forget(subject);
    return { kind: 'ingested', value };
  }

  /** The CONTRL that rejects it (code 18), read from its header only. */
  rejection(subject: InboundSubject, verdict: QuarantineVerdict): string | undefined {
    try {
      return quarantineContrlOf(subject.bytes, verdict.attempts);
    } catch (error) {
      this.logger.error(`${subject.source}: no CONTRL for the quarantine: ${reasonOf(error)}`);
      return undefined;
    }
  }

  /**
   * Records that `subject` was moved aside to `placedAt`: a journal event and a warning. Its
   * tries are forgotten, or kept (`inPlace`) when it was left where it lies, never to be tried
   * again. Never throws: what was moved aside stays there, and the failure is logged.
   */
  async quarantined(
    subject: InboundSubject,
    verdict: QuarantineVerdict,
    placedAt: string,
    inPlace = false,
  ): Promise<void> {
    const lastError = verdict.lastError ?? 'none recorded (the process ended during the ingest)';
    this.logger.warn(
      `${subject.channel} ${subject.carrierId ?? '(no carrier)'}: ${subject.source} quarantined ` +
        `after ${verdict.attempts} failed attempt(s), now at ${placedAt}; last error: ${lastError}`,
    );
    try {
      await this.events.append({
        subjectType: 'inbound',
        subjectId: subject.key,
        state: 'quarantined',
        detail: {
          channel: subject.channel,
          carrier: subject.carrierId ?? null,
          source: subject.source,
          placedAt,
          attempts: verdict.attempts,
          lastError: verdict.lastError,
          sha256: subject.sha256,
          size: subject.bytes.length,
        },
      });
      if (inPlace) await this.attempts.keepQuarantined(subject.key);
      else await this.attempts.clear(subject.key);
    } catch (error) {
      this.logger.error(`${subject.source}: quarantined but not journaled: ${reasonOf(error)}`);
    }
  }

  private async failed<T>(
    subject: InboundSubject,
    error: unknown,
    counted: boolean,
  ): Promise<IngestAttemptOutcome<T>> {
    const reason = reasonOf(error);
    let count: IngestAttemptCount;
    try {
      count = await this.attempts.recordFailure(subject.key, reason, counted);
    } catch (recording) {
      // The journal is out of reach (likely why ingest failed): an outage is no one's poison.
      this.logger.debug(`${subject.source}: cannot count the failure: ${reasonOf(recording)}`);
      return { kind: 'failed', error, counted: false };
    }
    if (count.attempts < this.config.maxAttempts) return { kind: 'failed', error, counted: true };
    return { kind: 'quarantine', attempts: count.attempts, lastError: reason };
  }

  private async forget(subject: InboundSubject): Promise<void> {
    await this.attempts.clear(subject.key).catch((error: unknown) => {
      this.logger.warn(
        `${subject.source}: ingested, but its tries not cleared: ${reasonOf(error)}`,
      );
    });
  }
}
