import { ApiProperty } from '@nestjs/swagger';

/** One change of state of the interchange, a message or a delivery. */
export class JournalEventDto {
  @ApiProperty() id!: number;
  @ApiProperty({ enum: ['interchange', 'message', 'delivery', 'inbound'] }) subjectType!: string;
  @ApiProperty() subjectId!: string;
  @ApiProperty({ example: 'accepted' }) state!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true })
  detail!: object | null;
  @ApiProperty({ format: 'date-time' }) at!: string;
}
