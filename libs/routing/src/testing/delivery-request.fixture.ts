import { DeliveryRequest } from '../delivery-request';

/** A PAXLST delivery as the worker would build it, for specs. */
export function deliveryRequest(overrides: Partial<DeliveryRequest> = {}): DeliveryRequest {
  return {
    deliveryId: 'dlv-1',
    idempotencyKey: 'a1b2c3d4e5f6',
    messageId: 'msg-1',
    interchangeId: 'icg-1',
    messageType: 'PAXLST',
    carrier: 'LH',
    flight: 'LH400',
    format: 'raw',
    contentType: 'application/edifact',
    body: Buffer.from("UNA:+.? 'UNB+UNOA:4+LH+USCBP+250101:1200+1'UNZ+1+1'"),
    schemaVersion: undefined,
    ...overrides,
  };
}
