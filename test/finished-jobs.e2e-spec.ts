import {
  deliveryJobId,
  deliveryJobOptions,
  FINISHED_JOBS_KEPT,
  routingJobId,
  routingJobOptions,
} from '@app/pipeline';
import { JobsOptions, Queue, Worker } from 'bullmq';
import { randomBytes } from 'node:crypto';
import { deleteRedisKeys } from './support/redis-keys';

const connection = { host: '127.0.0.1', port: 6379, maxRetriesPerRequest: null };
/** Past the bound by this many, so the oldest must have gone. */
const EXTRA = 50;

type Kind = 'completed' | 'failed';

/**
 * Runs FINISHED_JOBS_KEPT + EXTRA jobs with the pipeline's options through a real queue, each
 * ending as `kind`, and answers how many of them Redis keeps and whether the first and last remain.
 */
async function finishAll(
  options: (n: number) => JobsOptions,
  kind: Kind,
): Promise<{ kept: number; firstKept: boolean; lastKept: boolean }> {
  const prefix = `finished-jobs-${randomBytes(4).toString('hex')}`;
  const queue = new Queue('jobs', { connection, prefix });
  const total = FINISHED_JOBS_KEPT + EXTRA;
  let finished = 0;
  const worker = new Worker(
    'jobs',
    () => (kind === 'completed' ? Promise.resolve() : Promise.reject(new Error('refused'))),
    { connection, prefix, concurrency: 64 },
  );
  worker.on(kind, () => finished++);
  try {
    for (let from = 0; from < total; from += 1000) {
      const count = Math.min(1000, total - from);
      await queue.addBulk(
        Array.from({ length: count }, (_, k) => ({
          name: 'job',
          data: {},
          opts: options(from + k),
        })),
      );
    }
    while (finished < total) await new Promise((resolve) => setTimeout(resolve, 50));
    const kept = (await queue.getJobCounts(kind))[kind];
    const first = await queue.getJob(options(0).jobId as string);
    const last = await queue.getJob(options(total - 1).jobId as string);
    return { kept, firstKept: first !== undefined, lastKept: last !== undefined };
  } finally {
    await worker.close();
    await queue.close();
    await deleteRedisKeys(prefix);
  }
}

describe("the pipeline's finished jobs in Redis", () => {
  const id = (n: number) => `m${String(n).padStart(8, '0')}`;
  const routing = (n: number) => routingJobOptions(routingJobId(id(n)));
  const delivery = (n: number) => ({
    ...deliveryJobOptions({ attempts: 1 }),
    jobId: deliveryJobId(id(n)),
  });

  it.each([
    ['routing', routing],
    ['delivery', delivery],
  ])('keeps only the newest completed %s jobs', async (_, options) => {
    expect(await finishAll(options, 'completed')).toEqual({
      kept: FINISHED_JOBS_KEPT,
      firstKept: false,
      lastKept: true,
    });
  });

  it('keeps only the newest failed delivery jobs', async () => {
    expect(await finishAll(delivery, 'failed')).toEqual({
      kept: FINISHED_JOBS_KEPT,
      firstKept: false,
      lastKept: true,
    });
  });
});
