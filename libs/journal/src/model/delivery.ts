/**
 * pending → delivering → delivered, or → failed → delivering … until → dead; a technician's
 * replay puts a failed, dead or delivered delivery back to pending.
 */
export type DeliveryStatus = 'pending' | 'delivering' | 'delivered' | 'failed' | 'dead';

/** One message going to one destination. */
export interface Delivery {
  id: string;
  messageId: string;
  destination: string;
  status: DeliveryStatus;
  /** The attempt number last started or failed, as the queue counts it (1-based). */
  attempts: number;
  lastError: string | null;
  /**
   * Derived from (message, destination): every attempt and every replay carries the same key,
   * so the receiver can drop a repeat.
   */
  idempotencyKey: string;
  createdAt: Date;
  updatedAt: Date;
  deliveredAt: Date | null;
}
