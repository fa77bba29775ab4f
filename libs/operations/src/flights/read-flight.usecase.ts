import { Injectable } from '@nestjs/common';
import {
  DeliveryRepository,
  FlightKey,
  InterchangeRepository,
  MessageRepository,
} from '@app/journal';
import { toDeliveryDto, toMessageDto } from '../common/journal-view.mapper';
import { FlightViewDto } from './dto/flight-view.dto';

/** A technician's flight view: every message about one flight and what became of it. */
@Injectable()
export class ReadFlightUseCase {
  constructor(
    private readonly messages: MessageRepository,
    private readonly interchanges: InterchangeRepository,
    private readonly deliveries: DeliveryRepository,
  ) {}

  async execute(flight: FlightKey): Promise<FlightViewDto> {
    const messages = await this.messages.listForFlight(flight);
    const interchangeIds = [...new Set(messages.map((m) => m.interchangeId))];
    const [interchanges, deliveries] = await Promise.all([
      this.interchanges.summariesOf(interchangeIds),
      this.deliveries.listForMessages(messages.map((m) => m.id)),
    ]);
    const byId = new Map(interchanges.map((i) => [i.id, i]));
    return {
      flight: { ...flight },
      messages: messages.flatMap((m) => {
        const interchange = byId.get(m.interchangeId);
        // Messages cascade with their interchange, so a miss is a row deleted in between.
        if (interchange === undefined) return [];
        return [
          {
            ...toMessageDto(m),
            receivedAt: interchange.receivedAt.toISOString(),
            senderId: interchange.senderId,
            interchangeOutcome: interchange.outcome,
            deliveries: deliveries.filter((d) => d.messageId === m.id).map(toDeliveryDto),
          },
        ];
      }),
    };
  }
}
