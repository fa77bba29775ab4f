import { Controller, Get, Param, UseGuards, UsePipes } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AdminTokenGuard } from '../auth/admin-token.guard';
import { operationsValidationPipe } from '../common/operations-validation.pipe';
import { FlightParams } from './dto/flight.params';
import { FlightViewDto } from './dto/flight-view.dto';
import { ReadFlightUseCase } from './read-flight.usecase';

@ApiTags('operations')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'No admin token, or a wrong one' })
@UseGuards(AdminTokenGuard)
@UsePipes(operationsValidationPipe())
@Controller('v1/flights')
export class FlightsController {
  constructor(private readonly readFlight: ReadFlightUseCase) {}

  @Get(':carrier/:number/:date')
  @ApiOperation({ summary: 'Everything received for one flight: messages, outcomes, deliveries' })
  @ApiOkResponse({ type: FlightViewDto })
  @ApiBadRequestResponse({ description: 'Not a flight; the message names the part' })
  flight(@Param() params: FlightParams): Promise<FlightViewDto> {
    return this.readFlight.execute({
      carrierCode: params.carrier,
      flightNumber: params.number,
      departureDate: params.date,
    });
  }
}
