import { DeliveryFormat, DestinationKind, MultipartDelivery } from '@app/config';
import { DeliveryReceipt, DeliveryRequest } from './delivery-request';

/**
 * The delivery port: one implementation per transport. `deliver` resolves only once the
 * destination has taken responsibility for the message, and throws `DeliveryError` otherwise.
 */
export interface Destination {
  readonly name: string;
  readonly kind: DestinationKind;
  /** The body format this destination expects, so the caller knows which body to build. */
  readonly format: DeliveryFormat;
  /** How a multi-part set reaches a `raw` destination. */
  readonly multipart: MultipartDelivery;
  deliver(request: DeliveryRequest): Promise<DeliveryReceipt>;
  close(): Promise<void>;
}
