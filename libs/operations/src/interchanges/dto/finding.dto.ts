import { ApiProperty } from '@nestjs/swagger';

/** A finding against the interchange (messageId null) or one of its messages. */
export class FindingDto {
  @ApiProperty() id!: string;
  @ApiProperty({ type: String, nullable: true }) messageId!: string | null;
  @ApiProperty({ enum: ['syntax', 'quality'] }) kind!: string;
  @ApiProperty({ description: 'CONTRL level for syntax, severity for quality' }) level!: string;
  @ApiProperty({ type: String, nullable: true, description: 'ISO 9735 code (0085)' })
  code!: string | null;
  @ApiProperty({ example: 'paxlst.att.sex' }) rule!: string;
  @ApiProperty() text!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Segment, element, value',
  })
  location!: object;
}
