/** Where a delivery stands once an attempt is over and nothing is left to retry. */
export type DeliveryOutcome = 'delivered' | 'already-delivered' | 'dead';

/**
 * What became of one attempt: an outcome, or `retry` with the failure, which the queue is to
 * retry after its backoff (the journal has recorded the failure already).
 */
export type DeliveryAttempt = { kind: DeliveryOutcome } | { kind: 'retry'; error: unknown };
