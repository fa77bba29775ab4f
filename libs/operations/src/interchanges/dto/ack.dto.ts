import { ApiProperty } from '@nestjs/swagger';

/** The CONTRL sent back to the carrier, word for word. */
export class AckDto {
  @ApiProperty({ description: 'EDIFACT text' }) contrl!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}
