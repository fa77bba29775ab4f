import { InjectQueue } from '@nestjs/bullmq';
import {
  ConflictException,
  Inject,
  Injectable,
  Logger,
  NotFoundException,
  ServiceUnavailableException,
} from '@nestjs/common';
import { DeliveryRepository, DeliveryTransitionError, EventRepository } from '@app/journal';
import { DELIVERY_QUEUE, DeliveryJob, deliveryJobId } from '@app/pipeline';
import { Queue } from 'bullmq';
import { OPERATIONS_OPTIONS, OperationsOptions } from '../operations.options';
import { deliveryJobOptions } from '@app/pipeline';
import { ReplayDeliveryResultDto } from './dto/replay-delivery-result.dto';
import { ReplayDeliveryCommand } from './replay-delivery.command';

/**
 * A technician's replay: the journal puts the delivery back to pending (refusing one that is
 * pending or under way), then a job with a new id goes on the queue, since BullMQ would
 * silently ignore a job whose id it still remembers.
 */
@Injectable()
export class ReplayDeliveryUseCase {
  private readonly logger = new Logger(ReplayDeliveryUseCase.name);

  constructor(
    private readonly deliveries: DeliveryRepository,
    private readonly events: EventRepository,
    @InjectQueue(DELIVERY_QUEUE) private readonly queue: Queue<DeliveryJob>,
    @Inject(OPERATIONS_OPTIONS) private readonly options: OperationsOptions,
  ) {}

  async execute(command: ReplayDeliveryCommand): Promise<ReplayDeliveryResultDto> {
    const { deliveryId } = command;
    await this.reset(command);
    // Counted from the journal, so the number (and the job id) is new after a restart too.
    const replay = (await this.events.eventsFor('delivery', deliveryId)).filter(
      (e) => e.state === 'pending' && e.detail?.replay === true,
    ).length;
    const jobId = deliveryJobId(deliveryId, replay);
    const { delivery } = this.options;
    try {
      await this.queue.add(
        'deliver',
        { deliveryId, backoff: { baseMs: delivery.backoffMs, maxMs: delivery.maxBackoffMs } },
        { ...deliveryJobOptions(delivery), jobId },
      );
    } catch (error) {
      throw await this.unqueued(deliveryId, replay, error);
    }
    return { deliveryId, status: 'pending', replay, jobId };
  }

  private async reset(command: ReplayDeliveryCommand): Promise<void> {
    try {
      await this.deliveries.resetForReplay(command.deliveryId, command.requestedBy);
    } catch (error) {
      if (!(error instanceof DeliveryTransitionError)) throw error;
      if (error.from === undefined) throw new NotFoundException(error.message);
      throw new ConflictException(error.message);
    }
  }

  /**
   * Left pending with no job, the delivery could never be replayed again (pending refuses a
   * replay), so it goes back to dead, where the technician can try once the queue is back.
   */
  private async unqueued(deliveryId: string, replay: number, error: unknown): Promise<Error> {
    const reason = error instanceof Error ? error.message : String(error);
    this.logger.error(`replay ${replay} of delivery ${deliveryId} could not be queued: ${reason}`);
    await this.deliveries
      .markDead(deliveryId, `replay ${replay} could not be queued: ${reason}`)
      .catch(() => undefined);
    return new ServiceUnavailableException(`The delivery queue is unavailable: ${reason}`);
  }
}
