import { InjectQueue } from '@nestjs/bullmq';
import {
  ConflictException,
  Injectable,
  NotFoundException,
  ServiceUnavailableException,
} from '@nestjs/common';
import { AssemblyRepository } from '@app/journal';
import { ROUTING_QUEUE, RoutingJob, routingJobId, routingJobOptions } from '@app/pipeline';
import { Queue } from 'bullmq';
import { assemblyView } from './assembly-view.mapper';
import { AssemblyDto } from './dto/assembly.dto';

/**
 * A technician routes an incomplete set (or one still waiting) as it stands: the set becomes
 * forced and its lead part goes back on the routing queue, which routes the set once.
 */
@Injectable()
export class ForceRouteAssemblyUseCase {
  constructor(
    private readonly assemblies: AssemblyRepository,
    @InjectQueue(ROUTING_QUEUE) private readonly queue: Queue<RoutingJob>,
  ) {}

  async execute(id: string, requestedBy: string): Promise<AssemblyDto> {
    const assembly = await this.assemblies.findById(id);
    if (assembly === undefined) throw new NotFoundException(`No assembly ${id}`);
    const forced = await this.assemblies.transition(
      id,
      ['assembling', 'incomplete'],
      'forced',
      new Date(),
      [{ rule: 'assembly.forced', text: `Routed incomplete by ${requestedBy}.` }],
    );
    if (!forced) {
      throw new ConflictException(
        `Assembly ${id} is ${assembly.status}; only an open or incomplete set can be forced`,
      );
    }
    const parts = await this.assemblies.parts(id);
    const lead = parts[0];
    try {
      await this.queue.add(
        'route',
        { messageId: lead.messageId },
        routingJobOptions(routingJobId(lead.messageId, true)),
      );
    } catch (error) {
      throw new ServiceUnavailableException(`The routing queue is unavailable: ${String(error)}`);
    }
    const current = (await this.assemblies.findById(id)) ?? assembly;
    return assemblyView(current, parts);
  }
}
