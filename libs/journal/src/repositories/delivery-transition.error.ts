import { DeliveryStatus } from '../model/delivery';

/** A delivery asked to move to a state its current state does not lead to, or not found. */
export class DeliveryTransitionError extends Error {
  constructor(
    readonly deliveryId: string,
    /** The state it was in; undefined when there is no such delivery. */
    readonly from: DeliveryStatus | undefined,
    readonly to: DeliveryStatus,
  ) {
    super(
      from === undefined
        ? `No delivery ${deliveryId} in the journal`
        : `Delivery ${deliveryId} cannot go from ${from} to ${to}`,
    );
    this.name = 'DeliveryTransitionError';
  }
}
