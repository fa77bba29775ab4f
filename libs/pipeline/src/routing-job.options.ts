import { JobsOptions } from 'bullmq';

/** A routing job's options: retried on outages; finished jobs linger a day so ids dedupe. */
export function routingJobOptions(jobId: string): JobsOptions {
  return {
    jobId,
    removeOnComplete: { age: 86_400 },
    removeOnFail: false,
    attempts: 10,
    backoff: { type: 'exponential', delay: 1000 },
  };
}
