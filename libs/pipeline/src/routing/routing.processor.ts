import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { ROUTING_QUEUE, RoutingJob } from '../queue-names';
import { RouteMessageUseCase } from './route-message.usecase';

/** The routing queue's worker: each job routes one message; a throw is BullMQ's to retry. */
@Processor(ROUTING_QUEUE)
export class RoutingProcessor extends WorkerHost {
  constructor(private readonly routeMessage: RouteMessageUseCase) {
    super();
  }

  process(job: Job<RoutingJob>): Promise<string[]> {
    return this.routeMessage.execute({ messageId: job.data.messageId });
  }
}
