import { JobsOptions } from 'bullmq';

/** Attempts and a custom (capped exponential) backoff; finished jobs linger so ids dedupe. */
export function deliveryJobOptions(config: { attempts: number }): JobsOptions {
  return {
    attempts: config.attempts,
    backoff: { type: 'capped' },
    removeOnComplete: { age: 86_400 },
    removeOnFail: { age: 7 * 86_400 },
  };
}
