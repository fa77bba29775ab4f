/**
 * Puts a delivery on the delivery queue, under a job id derived from it, so that scheduling the
 * same delivery again (routing run twice) adds no second job. Resolves once the queue has it.
 */
export interface DeliveryScheduler {
  schedule(deliveryId: string): Promise<void>;
}

export const DELIVERY_SCHEDULER = Symbol('DELIVERY_SCHEDULER');
