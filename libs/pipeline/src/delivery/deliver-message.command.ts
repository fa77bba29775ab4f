/** One attempt at a delivery: the delivery job's data and where the queue is in its retries. */
export interface DeliverMessageCommand {
  deliveryId: string;
  /** This attempt's number, from 1. */
  attempt: number;
  /** The attempts the job has in all; `delivery.attempts` from configuration when unset. */
  maxAttempts?: number;
}
