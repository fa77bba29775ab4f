import { ApiProperty } from '@nestjs/swagger';

/** The flight a message is about, as far as the message says. */
export class FlightKeyDto {
  @ApiProperty({ type: String, nullable: true, example: 'LH' })
  carrierCode!: string | null;

  @ApiProperty({ type: String, nullable: true, example: '400' })
  flightNumber!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '2026-11-28',
    description: 'Local departure date',
  })
  departureDate!: string | null;
}
