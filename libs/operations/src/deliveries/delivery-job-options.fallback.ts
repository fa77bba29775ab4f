import type { JobsOptions } from 'bullmq';
import type { DeliveryRetryOptions } from '../operations.options';

/**
 * TODO(pipeline): replace with `deliveryJobOptions` from @app/pipeline once it takes
 * `{ attempts, backoffMs, maxBackoffMs }`; it still takes DeliveryConfig from @app/config, which
 * this library must not import. Until then this copy must stay equal to it, field for field.
 */
export function deliveryJobOptions(config: DeliveryRetryOptions): JobsOptions {
  return {
    attempts: config.attempts,
    backoff: { type: 'capped' },
    removeOnComplete: { age: 86_400 },
    removeOnFail: { age: 7 * 86_400 },
  };
}
