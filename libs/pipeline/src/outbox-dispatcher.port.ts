/**
 * What became of a hand-off: `enqueued`, or `deferred` without trying, the messages left in the
 * outbox for the sweeper (too many hand-offs still wait for Redis).
 */
export type HandOff = { kind: 'enqueued'; count: number } | { kind: 'deferred'; count: number };

/**
 * Hands committed messages to the queue. A failure here is recovered by the outbox sweeper, and
 * reported by the dispatcher itself: callers need not log it again.
 */
export interface OutboxDispatcher {
  dispatch(messageIds: readonly string[]): Promise<HandOff>;
}

export const OUTBOX_DISPATCHER = Symbol('OUTBOX_DISPATCHER');
