import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DeliveryDto } from '../../common/dto/delivery.dto';
import { MessageDto } from '../../common/dto/message.dto';
import { AckDto } from './ack.dto';
import { FindingDto } from './finding.dto';
import { InterchangeSummaryDto } from './interchange-summary.dto';
import { JournalEventDto } from './journal-event.dto';

/** Everything the journal knows about one interchange. */
export class InterchangeStoryDto {
  @ApiProperty({ type: () => InterchangeSummaryDto }) interchange!: InterchangeSummaryDto;
  @ApiProperty({ type: [FindingDto] }) findings!: FindingDto[];
  @ApiProperty({ type: () => AckDto, nullable: true, description: 'The CONTRL, when one was sent' })
  ack!: AckDto | null;
  @ApiProperty({ type: [MessageDto] }) messages!: MessageDto[];
  @ApiProperty({ type: [DeliveryDto] }) deliveries!: DeliveryDto[];
  @ApiProperty({ type: [JournalEventDto], description: 'Oldest first' }) events!: JournalEventDto[];
  @ApiPropertyOptional({ format: 'byte', description: 'The bytes received, base64; with raw=1' })
  raw?: string;
}
