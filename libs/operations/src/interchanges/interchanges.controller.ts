import { Controller, Get, Param, Query, UseGuards, UsePipes } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AdminTokenGuard } from '../auth/admin-token.guard';
import { operationsValidationPipe } from '../common/operations-validation.pipe';
import { InterchangeIdParams } from './dto/interchange-id.params';
import { InterchangeListDto } from './dto/interchange-list.dto';
import { InterchangeStoryDto } from './dto/interchange-story.dto';
import { InterchangeStoryQuery } from './dto/interchange-story.query';
import { ListInterchangesQuery } from './dto/list-interchanges.query';
import { ListInterchangesUseCase } from './list-interchanges.usecase';
import { ReadInterchangeStoryUseCase } from './read-interchange-story.usecase';

@ApiTags('operations')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'No admin token, or a wrong one' })
@UseGuards(AdminTokenGuard)
@UsePipes(operationsValidationPipe())
@Controller('v1/interchanges')
export class InterchangesController {
  constructor(
    private readonly listInterchanges: ListInterchangesUseCase,
    private readonly readStory: ReadInterchangeStoryUseCase,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Interchanges received, newest first, by carrier, outcome, time, flight',
  })
  @ApiOkResponse({ type: InterchangeListDto })
  @ApiBadRequestResponse({ description: 'A filter is malformed; the message names it' })
  list(@Query() query: ListInterchangesQuery): Promise<InterchangeListDto> {
    return this.listInterchanges.execute(query);
  }

  @Get(':id')
  @ApiOperation({
    summary: "One interchange's story: findings, CONTRL, messages, deliveries, events",
  })
  @ApiOkResponse({ type: InterchangeStoryDto })
  @ApiNotFoundResponse({ description: 'No such interchange' })
  story(
    @Param() params: InterchangeIdParams,
    @Query() query: InterchangeStoryQuery,
  ): Promise<InterchangeStoryDto> {
    return this.readStory.execute(params.id, query.raw ?? false);
  }
}
