import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import { AssemblePartsUseCase } from '@app/assembly';
import { DELIVERY_CONFIG, DeliveryConfig } from '@app/config';
import {
  InterchangeRepository,
  InterchangeSummary,
  JournalWriter,
  MessageRepository,
  MessageSummary,
} from '@app/journal';
import { RoutingRuleMatcher } from '@app/routing';
import { Job, Queue } from 'bullmq';
import {
  DELIVERY_QUEUE,
  DeliveryJob,
  ROUTING_QUEUE,
  RoutingJob,
  deliveryJobId,
} from './queue-names';
import { deliveryJobOptions } from './delivery-job.options';

/**
 * Matches a committed message against the routing rules and fans out one delivery each. A part
 * of a multi-part message waits for its set; the whole set is routed once, as its lead part.
 */
@Processor(ROUTING_QUEUE)
export class RoutingProcessor extends WorkerHost {
  private readonly logger = new Logger(RoutingProcessor.name);

  constructor(
    private readonly messages: MessageRepository,
    private readonly interchanges: InterchangeRepository,
    private readonly journal: JournalWriter,
    private readonly matcher: RoutingRuleMatcher,
    @InjectQueue(DELIVERY_QUEUE) private readonly deliveryQueue: Queue<DeliveryJob>,
    @Inject(DELIVERY_CONFIG) private readonly config: DeliveryConfig,
    private readonly assembleParts: AssemblePartsUseCase,
  ) {
    super();
  }

  async process(job: Job<RoutingJob>): Promise<string[]> {
    // Summaries: routing needs neither the message's document nor the interchange's bytes.
    const found = await this.messages.findWithInterchange(job.data.messageId);
    if (found === undefined) {
      throw new Error(`message ${job.data.messageId} is not in the journal`);
    }
    const { message, interchange } = found;
    const decision = await this.assembleParts.execute({
      message,
      carrier: interchange.carrierId ?? interchange.senderId,
    });
    switch (decision.kind) {
      case 'single':
        return this.route(message, interchange);
      case 'waiting':
      case 'ignored':
        return [];
      case 'assembled': {
        const leadInterchange =
          decision.lead.interchangeId === interchange.id
            ? interchange
            : await this.interchanges.findSummaryById(decision.lead.interchangeId);
        if (leadInterchange === undefined) {
          throw new Error(`interchange ${decision.lead.interchangeId} is not in the journal`);
        }
        return this.route(decision.lead, leadInterchange);
      }
    }
  }

  private async route(message: MessageSummary, interchange: InterchangeSummary): Promise<string[]> {
    const destinations = this.matcher.destinationsFor({
      messageType: message.type,
      carrier: interchange.carrierId ?? interchange.senderId,
      airports: message.airports,
      test: interchange.test,
    });
    // Committed before the jobs are added: a re-run of this job (a crash between) finds the same
    // deliveries, still pending, and adds them under the same job ids.
    const markRouted = ['accepted', 'assembling', 'incomplete'].includes(message.status);
    const deliveries = await this.journal.recordRouting(message.id, destinations, markRouted);
    for (const delivery of deliveries) {
      if (delivery.status !== 'pending') continue;
      await this.deliveryQueue.add(
        'deliver',
        {
          deliveryId: delivery.id,
          backoff: { baseMs: this.config.backoffMs, maxMs: this.config.maxBackoffMs },
        },
        { ...deliveryJobOptions(this.config), jobId: deliveryJobId(delivery.id) },
      );
    }
    if (destinations.length === 0) {
      this.logger.warn(`message ${message.id} (${message.type}) matches no routing rule`);
    }
    return destinations;
  }
}
