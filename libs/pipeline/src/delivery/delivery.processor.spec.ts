import { Job } from 'bullmq';
import { DeliveryJob } from '../queue-names';
import { DeliverMessageUseCase } from './deliver-message.usecase';
import { DeliveryAttempt } from './delivery.attempt';
import { DeliveryProcessor } from './delivery.processor';

describe(DeliveryProcessor.name, () => {
  const job = (attemptsMade: number, attempts?: number) =>
    ({
      data: { deliveryId: 'd1', backoff: { baseMs: 10, maxMs: 100 } },
      attemptsMade,
      opts: { attempts },
    }) as Job<DeliveryJob>;
  const processorAnswering = (answer: DeliveryAttempt) => {
    const execute = jest.fn().mockResolvedValue(answer);
    const sut = new DeliveryProcessor({ execute } as unknown as DeliverMessageUseCase);
    return { sut, execute };
  };

  it('makes the job one attempt, numbered from 1, with the attempts the job has', async () => {
    const { sut, execute } = processorAnswering({ kind: 'delivered' });

    expect(await sut.process(job(2, 5))).toBe('delivered');
    expect(execute).toHaveBeenCalledWith({ deliveryId: 'd1', attempt: 3, maxAttempts: 5 });
  });

  it('fails the job with the error when the attempt is to be retried', async () => {
    const error = new Error('socket hang up');
    const { sut } = processorAnswering({ kind: 'retry', error });

    await expect(sut.process(job(0))).rejects.toBe(error);
  });
});
