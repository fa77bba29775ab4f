import { JobsOptions } from 'bullmq';
import { KEEP_COMPLETED } from './finished-jobs.retention';

/** A routing job's options: retried on outages; a failed one stays for a technician to see. */
export function routingJobOptions(jobId: string): JobsOptions {
  return {
    jobId,
    removeOnComplete: KEEP_COMPLETED,
    removeOnFail: false,
    attempts: 10,
    backoff: { type: 'exponential', delay: 1000 },
  };
}
