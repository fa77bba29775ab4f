import {
  Body,
  Controller,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  UseGuards,
  UsePipes,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AdminTokenGuard } from '../auth/admin-token.guard';
import { operationsValidationPipe } from '../common/operations-validation.pipe';
import { DeliveryIdParams } from './dto/delivery-id.params';
import { ReplayDeliveryBody } from './dto/replay-delivery.body';
import { ReplayDeliveryResultDto } from './dto/replay-delivery-result.dto';
import { ReplayDeliveryUseCase } from './replay-delivery.usecase';

/** Without a name, the journal still shows that a replay came through the operations API. */
const ANONYMOUS = 'operations-api';

@ApiTags('operations')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'No admin token, or a wrong one' })
@UseGuards(AdminTokenGuard)
@UsePipes(operationsValidationPipe())
@Controller('v1/deliveries')
export class DeliveriesController {
  constructor(private readonly replayDelivery: ReplayDeliveryUseCase) {}

  @Post(':id/replay')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Deliver again a failed, dead or delivered delivery' })
  @ApiAcceptedResponse({ type: ReplayDeliveryResultDto })
  @ApiNotFoundResponse({ description: 'No such delivery' })
  @ApiConflictResponse({ description: 'Its state allows no replay (pending or under way)' })
  @ApiServiceUnavailableResponse({ description: 'The queue is down; the delivery is left dead' })
  replay(
    @Param() params: DeliveryIdParams,
    @Body() body: ReplayDeliveryBody,
  ): Promise<ReplayDeliveryResultDto> {
    return this.replayDelivery.execute({
      deliveryId: params.id,
      requestedBy: body.requestedBy ?? ANONYMOUS,
    });
  }
}
