/** BullMQ queues of the pipeline; one processor class a queue. Jobs carry ids, never payloads. */
export const ROUTING_QUEUE = 'paxgate-routing';
export const DELIVERY_QUEUE = 'paxgate-delivery';

export interface RoutingJob {
  messageId: string;
}

export interface DeliveryJob {
  deliveryId: string;
  /** Backoff for this job's retries, fixed at enqueue time from configuration. */
  backoff: { baseMs: number; maxMs: number };
}

/** Job ids derived from what they act on, so the same work is never queued twice. */
/** `forced`: a technician's re-route, which BullMQ must not drop as a repeat of the first job. */
export const routingJobId = (messageId: string, forced = false): string =>
  forced ? `route-${messageId}-forced` : `route-${messageId}`;
export const deliveryJobId = (deliveryId: string, replay?: number): string =>
  replay === undefined ? `deliver-${deliveryId}` : `deliver-${deliveryId}-replay-${replay}`;
