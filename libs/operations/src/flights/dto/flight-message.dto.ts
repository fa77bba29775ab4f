import { ApiProperty } from '@nestjs/swagger';
import { DeliveryDto } from '../../common/dto/delivery.dto';
import { MessageDto } from '../../common/dto/message.dto';

/** A message about the flight, with when and from whom its interchange came, and its deliveries. */
export class FlightMessageDto extends MessageDto {
  @ApiProperty({ format: 'date-time', description: 'When its interchange arrived' })
  receivedAt!: string;
  @ApiProperty({ description: 'UNB sender of its interchange' }) senderId!: string;
  @ApiProperty({ enum: ['accepted', 'rejected', 'duplicate'] }) interchangeOutcome!: string;
  @ApiProperty({ type: [DeliveryDto] }) deliveries!: DeliveryDto[];
}
