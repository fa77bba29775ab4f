import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import {
  CarrierRepository,
  DeliveryRepository,
  InterchangeRecord,
  JournalModule,
  JournalWriter,
  RecordedInterchange,
} from '@app/journal';
import { DELIVERY_QUEUE, DeliveryJob } from '@app/pipeline';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import request from 'supertest';
import { METRICS_SETTLE_MS } from '../metrics/metrics-settle.token';
import { OperationsModule } from '../operations.module';
import { OperationsOptions } from '../operations.options';

export const TEST_ADMIN_TOKEN = 'test-admin-token-3f9a1c7e5b2d4f60';
export const TEST_DELIVERY = { attempts: 4, backoffMs: 1500, maxBackoffMs: 45_000 };
export const HEALTHY: OperationsOptions['health'] = {
  redis: { host: '127.0.0.1', port: 6379 },
  amqpUrls: ['amqp://guest:guest@127.0.0.1:5672'],
};

/** A console with the real journal (temp SQLite), the real Redis under a prefix of its own. */
export interface OperationsTestApp {
  app: INestApplication;
  /** The journal's SQLite file, for a second connection playing another process. */
  journalFile: string;
  queue: Queue<DeliveryJob>;
  carriers: CarrierRepository;
  deliveries: DeliveryRepository;
  record(interchange: InterchangeRecord): Promise<RecordedInterchange>;
  /** A request carrying the admin token. */
  get(path: string): request.Test;
  post(path: string): request.Test;
  /** A request without any credentials. */
  anonymous(): ReturnType<typeof request>;
  /** Removes the queue's keys, closes the app and deletes the journal. */
  close(): Promise<void>;
}

export interface TestAppOptions {
  health?: OperationsOptions['health'];
  /** Runs between creating the app and initialising it, e.g. to mount the OpenAPI UI. */
  beforeInit?: (app: INestApplication) => void;
}

export async function startOperationsApp(options: TestAppOptions = {}): Promise<OperationsTestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'operations-'));
  const journalFile = join(dir, 'journal.sqlite');
  const prefix = `test-ops-${randomBytes(6).toString('hex')}`;
  const moduleRef = await Test.createTestingModule({
    imports: [
      JournalModule.forRoot({
        database: { kind: 'sqlite', filename: journalFile },
        migrate: true,
      }),
      BullModule.forRoot({
        connection: { host: '127.0.0.1', port: 6379, maxRetriesPerRequest: null },
        prefix,
      }),
      BullModule.registerQueue({ name: DELIVERY_QUEUE }),
      OperationsModule.forRoot({
        adminToken: TEST_ADMIN_TOKEN,
        delivery: TEST_DELIVERY,
        health: options.health ?? HEALTHY,
      }),
    ],
  })
    // Latency histograms read rows at once, rather than after the production settle delay.
    .overrideProvider(METRICS_SETTLE_MS)
    .useValue(0)
    .compile();
  const app = moduleRef.createNestApplication({ logger: false });
  options.beforeInit?.(app);
  await app.init();
  const server = app.getHttpServer() as Server;
  const queue = app.get<Queue<DeliveryJob>>(getQueueToken(DELIVERY_QUEUE));
  const writer = app.get(JournalWriter);
  const bearer = `Bearer ${TEST_ADMIN_TOKEN}`;
  return {
    app,
    journalFile,
    queue,
    carriers: app.get(CarrierRepository),
    deliveries: app.get(DeliveryRepository),
    record: (interchange) => writer.recordInterchange(interchange),
    get: (path) => request(server).get(path).set('Authorization', bearer),
    post: (path) => request(server).post(path).set('Authorization', bearer),
    anonymous: () => request(server),
    close: async () => {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
      // After the close: a queue writes its meta key again as it closes.
      await deleteKeysUnder(prefix);
    },
  };
}

async function deleteKeysUnder(prefix: string): Promise<void> {
  const redis = new Redis({ host: '127.0.0.1', port: 6379 });
  try {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}
