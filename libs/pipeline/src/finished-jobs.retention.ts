import { KeepJobs } from 'bullmq';

/**
 * Finished jobs Redis keeps of each kind, newest first. The journal holds every message's story,
 * so these are only for looking at the queue; kept by age alone, a day of traffic had no bound on
 * their Redis memory (docs/benchmarks.md).
 * A job id seen again after its job is gone runs the job again, which the journal makes harmless:
 * routing finds the deliveries it made, and a delivery already made is not sent again.
 */
export const FINISHED_JOBS_KEPT = 10_000;

const DAY_SECONDS = 86_400;

/** Completed jobs of either queue: a day at most, and no more than FINISHED_JOBS_KEPT. */
export const KEEP_COMPLETED: KeepJobs = { age: DAY_SECONDS, count: FINISHED_JOBS_KEPT };

/** Deliveries that failed for good (dead in the journal): a week at most, bounded the same. */
export const KEEP_FAILED_DELIVERIES: KeepJobs = { age: 7 * DAY_SECONDS, count: FINISHED_JOBS_KEPT };
