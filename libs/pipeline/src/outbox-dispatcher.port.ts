/** Hands committed messages to the queue. A failure here is recovered by the outbox sweeper. */
export interface OutboxDispatcher {
  dispatch(messageIds: readonly string[]): Promise<void>;
}

export const OUTBOX_DISPATCHER = Symbol('OUTBOX_DISPATCHER');
