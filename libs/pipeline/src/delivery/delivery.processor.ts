import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { DELIVERY_QUEUE, DeliveryJob } from '../queue-names';
import { DeliverMessageUseCase } from './deliver-message.usecase';
import { DeliveryOutcome } from './delivery.attempt';

/** The delivery queue's worker: each job is one attempt at one delivery. */
@Processor(DELIVERY_QUEUE)
export class DeliveryProcessor extends WorkerHost {
  constructor(private readonly deliverMessage: DeliverMessageUseCase) {
    super();
  }

  async process(job: Job<DeliveryJob>): Promise<DeliveryOutcome> {
    const attempt = await this.deliverMessage.execute({
      deliveryId: job.data.deliveryId,
      attempt: job.attemptsMade + 1,
      maxAttempts: job.opts.attempts,
    });
    // Failing the job is how BullMQ learns to retry it, after the capped backoff.
    if (attempt.kind === 'retry') throw attempt.error;
    return attempt.kind;
  }
}
