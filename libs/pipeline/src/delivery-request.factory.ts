import { Injectable } from '@nestjs/common';
import { Delivery, InterchangeRepository, MessageRepository } from '@app/journal';
import { DeliveryRequest, DestinationRegistry } from '@app/routing';

/** Renders what a destination receives: the interchange as received (raw) or the normalised JSON. */
@Injectable()
export class DeliveryRequestFactory {
  constructor(
    private readonly messages: MessageRepository,
    private readonly interchanges: InterchangeRepository,
    private readonly destinations: DestinationRegistry,
  ) {}

  async build(delivery: Delivery): Promise<DeliveryRequest> {
    const message = await this.messages.findById(delivery.messageId);
    const interchange = message && (await this.interchanges.findById(message.interchangeId));
    if (message === undefined || interchange === undefined) {
      throw new Error(`delivery ${delivery.id}: message or interchange missing from the journal`);
    }
    const format = this.destinations.byName(delivery.destination)?.format ?? 'raw';
    const flight =
      message.flight.carrierCode && message.flight.flightNumber
        ? `${message.flight.carrierCode}${message.flight.flightNumber}${message.flight.departureDate ? `/${message.flight.departureDate}` : ''}`
        : undefined;
    const json = format === 'json' && message.normalisedJson !== null;
    return {
      deliveryId: delivery.id,
      idempotencyKey: delivery.idempotencyKey,
      messageId: message.id,
      interchangeId: interchange.id,
      messageType: message.type,
      carrier: interchange.carrierId ?? interchange.senderId,
      ...(flight ? { flight } : {}),
      format: json ? 'json' : 'raw',
      contentType: json ? 'application/json' : 'application/edifact',
      body: json ? Buffer.from(message.normalisedJson ?? '', 'utf8') : interchange.raw,
      ...(json ? { schemaVersion: `paxgate.${message.type.toLowerCase()}/1` } : {}),
    };
  }
}
