import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsISO8601, Matches } from 'class-validator';
import {
  CARRIER_CODE,
  FLIGHT_DATE,
  FLIGHT_NUMBER,
  upperCased,
} from '../../common/flight-designator';

/** `/v1/flights/:carrier/:number/:date`, e.g. `/v1/flights/LH/400/2026-11-28`. */
export class FlightParams {
  @ApiProperty({ example: 'LH', description: 'Airline designator' })
  @Transform(upperCased)
  @Matches(CARRIER_CODE, { message: 'carrier must be an airline designator such as LH or U2' })
  carrier!: string;

  @ApiProperty({ example: '400', description: 'Flight number as the carrier sends it' })
  @Transform(upperCased)
  @Matches(FLIGHT_NUMBER, { message: 'number must be 1 to 4 digits and an optional letter' })
  number!: string;

  @ApiProperty({ example: '2026-11-28', description: 'Local departure date' })
  @Matches(FLIGHT_DATE, { message: 'date must be YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'date must be a real date' })
  date!: string;
}
