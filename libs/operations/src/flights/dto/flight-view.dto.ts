import { ApiProperty } from '@nestjs/swagger';
import { FlightKeyDto } from '../../common/dto/flight-key.dto';
import { FlightMessageDto } from './flight-message.dto';

/** Everything received about one flight, in the order it arrived; empty when nothing has. */
export class FlightViewDto {
  @ApiProperty({ type: () => FlightKeyDto }) flight!: FlightKeyDto;
  @ApiProperty({ type: [FlightMessageDto] }) messages!: FlightMessageDto[];
}
