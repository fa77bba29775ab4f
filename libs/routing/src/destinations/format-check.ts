import { DeliveryRequest } from '../delivery-request';
import { DeliveryError } from '../delivery.error';
import { Destination } from '../destination.port';

/** A body built for the wrong format is a bug upstream; retrying cannot fix it. */
export function assertFormat(destination: Destination, request: DeliveryRequest): void {
  if (request.format !== destination.format) {
    throw new DeliveryError(
      `${destination.kind} destination ${destination.name} takes ${destination.format} bodies, got ${request.format}`,
      false,
    );
  }
}
