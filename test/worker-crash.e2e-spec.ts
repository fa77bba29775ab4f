import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { eventually, JournalKind, PaxgateHarness } from './support/paxgate.harness';
import { demoPaxlst, freshReference } from './support/sample-interchanges';
import { WebhookTestServer } from './support/webhook.server';
import { WorkerProcess } from './support/worker.process';

interface Story {
  deliveries: Array<{ id: string; status: string; attempts: number }>;
}

// The worker runs as the built app (dist/), which `npm ci` builds through the prepare script.
const WORKER_BUILT = existsSync(join(__dirname, '..', 'dist', 'apps', 'server', 'main.js'));

describe.each<[JournalKind]>([['sqlite'], ['postgres']])(
  'a worker killed mid-delivery, with the %s journal',
  (journal) => {
    const webhook = new WebhookTestServer('crash-test-webhook-secret');
    let harness: PaxgateHarness;
    const workers: WorkerProcess[] = [];

    beforeAll(async () => {
      expect(WORKER_BUILT).toBe(true);
      const url = await webhook.start();
      harness = await PaxgateHarness.start({
        journal,
        roles: ['gateway', 'console'],
        destinations: [
          {
            kind: 'webhook',
            name: 'piu-webhook',
            url,
            secret: webhook.secret,
            timeoutMs: 20000,
            format: 'json',
          },
        ],
        // A killed worker's job is taken back once its lock lapses: seconds here, not the
        // production half-minute, so the suite does not wait on the defaults.
        env: { PAXGATE_JOBS_LOCK_MS: '5000', PAXGATE_JOBS_STALLED_CHECK_MS: '1000' },
      });
    });

    afterAll(async () => {
      for (const w of workers) await w.stop();
      await harness?.stop();
      await webhook.stop();
    }, 120000);

    it('delivers each message exactly once after the worker is killed and started again', async () => {
      webhook.holdMs = 2000;
      const first = new WorkerProcess(harness.env);
      workers.push(first);
      first.start();
      const answers = await Promise.all(
        [0, 1, 2].map(() => harness.post(demoPaxlst(freshReference()), 'demo', 'application/json')),
      );
      const ids = answers.map(
        (a) => (JSON.parse(a.body) as { interchangeId: string }).interchangeId,
      );
      // Kill while the consumer holds a request: paxgate has sent, but has not heard back.
      await eventually(
        () => (webhook.requests > 0 ? true : undefined),
        30000,
        'first delivery attempt',
      );
      await first.kill();
      webhook.holdMs = 0;
      const second = new WorkerProcess(harness.env);
      workers.push(second);
      second.start();
      const stories = await eventually(
        async () => {
          const all = await Promise.all(
            ids.map(
              async (id) => (await harness.admin<Story>('GET', `/v1/interchanges/${id}`)).json,
            ),
          );
          return all.every(
            (s) => s.deliveries.length === 1 && s.deliveries[0].status === 'delivered',
          )
            ? all
            : undefined;
        },
        90000,
        'every delivery delivered after the restart',
      );
      expect(stories).toHaveLength(3);
      // The consumer may have seen a repeat of each request that was in flight at the kill; it
      // carries the same idempotency key, so each message is processed exactly once.
      expect(webhook.distinctKeys()).toHaveLength(3);
      expect(webhook.received.every((r) => r.signatureValid)).toBe(true);
      // At most twice each: the attempt cut off by the kill, and the one after the restart.
      for (const key of webhook.distinctKeys()) {
        expect(webhook.received.filter((r) => r.idempotencyKey === key).length).toBeLessThanOrEqual(
          2,
        );
      }
    }, 240000);
  },
);
