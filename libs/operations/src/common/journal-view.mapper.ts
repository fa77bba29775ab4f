import type { Delivery, MessageSummary } from '@app/journal';
import { DeliveryDto } from './dto/delivery.dto';
import { MessageDto } from './dto/message.dto';

/** Journal records as the API shows them: times as ISO text, payloads left out. */
export function toMessageDto(m: MessageSummary): MessageDto {
  return {
    id: m.id,
    interchangeId: m.interchangeId,
    position: m.position,
    type: m.type,
    reference: m.reference,
    accessReference: m.accessReference,
    partNumber: m.partNumber,
    partLast: m.partLast,
    outcome: m.outcome,
    status: m.status,
    flight: { ...m.flight },
    travellers: m.travellers,
    pnrs: m.pnrs,
    airports: [...m.airports],
  };
}

export function toDeliveryDto(d: Delivery): DeliveryDto {
  return {
    id: d.id,
    messageId: d.messageId,
    destination: d.destination,
    status: d.status,
    attempts: d.attempts,
    lastError: d.lastError,
    idempotencyKey: d.idempotencyKey,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
    deliveredAt: d.deliveredAt?.toISOString() ?? null,
  };
}
