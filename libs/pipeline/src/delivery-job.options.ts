import { JobsOptions } from 'bullmq';
import { KEEP_COMPLETED, KEEP_FAILED_DELIVERIES } from './finished-jobs.retention';

/** Attempts and a custom (capped exponential) backoff; finished jobs kept within bounds. */
export function deliveryJobOptions(config: { attempts: number }): JobsOptions {
  return {
    attempts: config.attempts,
    backoff: { type: 'capped' },
    removeOnComplete: KEEP_COMPLETED,
    removeOnFail: KEEP_FAILED_DELIVERIES,
  };
}
