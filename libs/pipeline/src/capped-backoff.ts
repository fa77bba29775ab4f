import { MinimalJob } from 'bullmq';
import { DeliveryJob } from './queue-names';

/** Exponential backoff with a ceiling: base, 2×base, 4×base … never above max. */
export function cappedBackoff(
  attemptsMade: number,
  _type?: string,
  _error?: Error,
  job?: MinimalJob,
): number {
  const data = job?.data as DeliveryJob | undefined;
  const base = data?.backoff.baseMs ?? 1000;
  const max = data?.backoff.maxMs ?? 60_000;
  return Math.min(max, base * 2 ** Math.max(0, attemptsMade - 1));
}
