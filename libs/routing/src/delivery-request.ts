import { DeliveryFormat } from '@app/config';

/** One message to hand to one destination; the body is already in the destination's format. */
export interface DeliveryRequest {
  deliveryId: string;
  /** The same on every attempt and replay, so the receiver can drop a repeat. */
  idempotencyKey: string;
  messageId: string;
  interchangeId: string;
  messageType: string;
  carrier: string;
  flight?: string;
  format: DeliveryFormat;
  contentType: string;
  body: Buffer;
  /** Version of the normalised JSON schema, for `json` bodies. */
  schemaVersion?: string;
}

/** What the destination said when it took the message, for the journal. */
export interface DeliveryReceipt {
  detail: string;
}
