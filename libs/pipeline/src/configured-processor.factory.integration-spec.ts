import { BullModule, Processor, WorkerHost } from '@nestjs/bullmq';
import { Test, TestingModule } from '@nestjs/testing';
import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { configuredProcessor } from './configured-processor.factory';

const QUEUE = 'configured-processor-spec';

@Processor(QUEUE)
class EchoProcessor extends WorkerHost {
  process(): Promise<string> {
    return Promise.resolve('done');
  }
}

describe('configuredProcessor', () => {
  const prefix = `test-cp-${randomBytes(6).toString('hex')}`;
  let moduleRef: TestingModule | undefined;

  afterEach(async () => {
    await moduleRef?.close();
    moduleRef = undefined;
    const redis = new Redis({ host: '127.0.0.1', port: 6379 });
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  it('gives the worker the configured lock timing and keeps the other options', async () => {
    const backoffStrategy = (): number => 7;
    moduleRef = await Test.createTestingModule({
      imports: [
        BullModule.forRoot({
          connection: { host: '127.0.0.1', port: 6379, maxRetriesPerRequest: null },
          prefix,
        }),
        BullModule.registerQueue({ name: QUEUE }),
      ],
      providers: [
        {
          provide: EchoProcessor,
          useClass: configuredProcessor(
            EchoProcessor,
            QUEUE,
            { lockMs: 4000, stalledCheckMs: 1500, concurrency: 3 },
            { settings: { backoffStrategy } },
          ),
        },
      ],
    }).compile();
    await moduleRef.init();

    const sut = moduleRef.get(EchoProcessor);

    expect(sut).toBeInstanceOf(EchoProcessor);
    expect(sut.constructor.name).toBe('EchoProcessor');
    expect(sut.worker.opts.lockDuration).toBe(4000);
    expect(sut.worker.opts.lockRenewTime).toBe(2000);
    expect(sut.worker.opts.stalledInterval).toBe(1500);
    expect(sut.worker.concurrency).toBe(3);
    expect(sut.worker.opts.settings?.backoffStrategy).toBe(backoffStrategy);
  });

  it('leaves the processor class itself as declared', () => {
    configuredProcessor(EchoProcessor, QUEUE, {
      lockMs: 4000,
      stalledCheckMs: 1500,
      concurrency: 3,
    });

    expect(Reflect.getMetadata('bullmq:worker_metadata', EchoProcessor)).toBeUndefined();
  });
});
