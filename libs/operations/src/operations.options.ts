/** Retry policy given to replayed delivery jobs; the same values the pipeline enqueues with. */
export interface DeliveryRetryOptions {
  attempts: number;
  backoffMs: number;
  maxBackoffMs: number;
}

export interface OperationsOptions {
  /** The one bearer token that opens the operations API (never a carrier's credentials). */
  adminToken: string;
  delivery: DeliveryRetryOptions;
  /** The dependencies `/health` checks besides the journal. */
  health: { redis: { host: string; port: number }; amqpUrls: string[] };
}

/** Injection token of the `OperationsOptions` given to `OperationsModule.forRoot`. */
export const OPERATIONS_OPTIONS = Symbol('OPERATIONS_OPTIONS');
