import {
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  NotFoundException,
  Param,
  Post,
  Query,
  UseGuards,
  UsePipes,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AssemblyRepository } from '@app/journal';
import { AdminTokenGuard } from '../auth/admin-token.guard';
import { operationsValidationPipe } from '../common/operations-validation.pipe';
import { assemblyView } from './assembly-view.mapper';
import { AssemblyDto, AssemblyListDto } from './dto/assembly.dto';
import { AssemblyIdParams } from './dto/assembly-id.params';
import { ListAssembliesQuery } from './dto/list-assemblies.query';
import { ForceRouteAssemblyUseCase } from './force-route-assembly.usecase';

@ApiTags('operations')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'No admin token, or a wrong one' })
@UseGuards(AdminTokenGuard)
@UsePipes(operationsValidationPipe())
@Controller('v1/assemblies')
export class AssembliesController {
  constructor(
    private readonly assemblies: AssemblyRepository,
    private readonly forceRoute: ForceRouteAssemblyUseCase,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Multi-part messages, newest first; ?status=incomplete for the stuck' })
  @ApiOkResponse({ type: AssemblyListDto })
  async list(@Query() query: ListAssembliesQuery): Promise<AssemblyListDto> {
    const found = await this.assemblies.list(query.status);
    const assemblies = await Promise.all(
      found.map(async (a) => assemblyView(a, await this.assemblies.parts(a.id))),
    );
    return { assemblies };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One multi-part message: its parts, what is missing, findings' })
  @ApiOkResponse({ type: AssemblyDto })
  @ApiNotFoundResponse({ description: 'No such assembly' })
  async read(@Param() params: AssemblyIdParams): Promise<AssemblyDto> {
    const assembly = await this.assemblies.findById(params.id);
    if (assembly === undefined) throw new NotFoundException(`No assembly ${params.id}`);
    return assemblyView(assembly, await this.assemblies.parts(params.id));
  }

  @Post(':id/route')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Route an incomplete multi-part message as it stands (forced)' })
  @ApiAcceptedResponse({ type: AssemblyDto })
  @ApiNotFoundResponse({ description: 'No such assembly' })
  @ApiConflictResponse({ description: 'Already complete or forced' })
  route(@Param() params: AssemblyIdParams): Promise<AssemblyDto> {
    return this.forceRoute.execute(params.id, 'operations-api');
  }
}
