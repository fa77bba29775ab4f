import { Inject, Injectable, Logger } from '@nestjs/common';
import { AssemblePartsUseCase } from '@app/assembly';
import {
  InterchangeRepository,
  InterchangeSummary,
  JournalWriter,
  MessageRepository,
  MessageSummary,
} from '@app/journal';
import { RoutingRuleMatcher } from '@app/routing';
import { DELIVERY_SCHEDULER, DeliveryScheduler } from './delivery-scheduler.port';
import { RouteMessageCommand } from './route-message.command';

/** A message in one of these moves to routed; one routed already (its job run again) stays. */
const ROUTABLE = ['accepted', 'assembling', 'incomplete'];

/**
 * Matches a committed message against the routing rules and schedules one delivery each. A part
 * of a multi-part message waits for its set; the whole set is routed once, as its lead part.
 * Returns the destinations routed to (none while a part waits).
 */
@Injectable()
export class RouteMessageUseCase {
  private readonly logger = new Logger(RouteMessageUseCase.name);

  constructor(
    private readonly messages: MessageRepository,
    private readonly interchanges: InterchangeRepository,
    private readonly journal: JournalWriter,
    private readonly matcher: RoutingRuleMatcher,
    private readonly assembleParts: AssemblePartsUseCase,
    @Inject(DELIVERY_SCHEDULER) private readonly scheduler: DeliveryScheduler,
  ) {}

  async execute({ messageId }: RouteMessageCommand): Promise<string[]> {
    // Summaries: routing needs neither the message's document nor the interchange's bytes.
    const found = await this.messages.findWithInterchange(messageId);
    if (found === undefined) throw new Error(`message ${messageId} is not in the journal`);
    const { message, interchange } = found;
    const carrier = interchange.carrierId ?? interchange.senderId;
    const decision = await this.assembleParts.execute({ message, carrier });
    switch (decision.kind) {
      case 'single':
        return this.route(message, interchange);
      case 'waiting':
      case 'ignored':
        return [];
      case 'assembled':
        return this.route(decision.lead, await this.interchangeOf(decision.lead, interchange));
    }
  }

  /** The lead's interchange: the one at hand when the lead is this message, else read. */
  private async interchangeOf(
    lead: MessageSummary,
    current: InterchangeSummary,
  ): Promise<InterchangeSummary> {
    if (lead.interchangeId === current.id) return current;
    const found = await this.interchanges.findSummaryById(lead.interchangeId);
    if (found === undefined) {
      throw new Error(`interchange ${lead.interchangeId} is not in the journal`);
    }
    return found;
  }

  private async route(message: MessageSummary, interchange: InterchangeSummary): Promise<string[]> {
    const destinations = this.matcher.destinationsFor({
      messageType: message.type,
      carrier: interchange.carrierId ?? interchange.senderId,
      airports: message.airports,
      test: interchange.test,
    });
    // Committed before the jobs are added: a re-run of this job (a crash between) finds the same
    // deliveries, still pending, and schedules them under the same job ids.
    const markRouted = ROUTABLE.includes(message.status);
    const deliveries = await this.journal.recordRouting(message.id, destinations, markRouted);
    for (const delivery of deliveries) {
      if (delivery.status === 'pending') await this.scheduler.schedule(delivery.id);
    }
    if (destinations.length === 0) {
      this.logger.warn(`message ${message.id} (${message.type}) matches no routing rule`);
    }
    return destinations;
  }
}
