import { eventually, PaxgateHarness } from './support/paxgate.harness';
import { demoPaxlst, freshReference } from './support/sample-interchanges';
import { SeverableProxy } from './support/severable.proxy';

interface Story {
  interchange: { outcome: string };
  deliveries: Array<{ status: string }>;
}

/** How long a carrier may wait for its CONTRL while the queue is unreachable. */
const ANSWER_WITHIN_MS = 10_000;

describe('a Redis outage between commit and hand-off', () => {
  // paxgate reaches Redis only through this relay, so the suite can cut it off.
  const redis = new SeverableProxy('127.0.0.1', 6379);
  let harness: PaxgateHarness;

  beforeAll(async () => {
    const port = await redis.start();
    harness = await PaxgateHarness.start({
      journal: 'sqlite',
      destinations: [{ kind: 'directory', name: 'local', path: 'delivered', format: 'raw' }],
      env: { PAXGATE_REDIS_PORT: String(port) },
    });
  });

  afterAll(async () => {
    // Restored already unless the test failed while Redis was cut off.
    await redis.restore();
    await harness?.stop();
    await redis.stop();
  }, 60000);

  async function story(id: string): Promise<Story> {
    return (await harness.admin<Story>('GET', `/v1/interchanges/${id}`)).json;
  }

  it('answers the carrier from the journal, and delivers once Redis is back', async () => {
    // BullMQ prints each connection error's stack itself unless someone listens.
    const printed = jest.spyOn(console, 'error');
    await redis.cut();

    const started = Date.now();
    let timer: NodeJS.Timeout | undefined;
    const answer = await Promise.race([
      harness.post(demoPaxlst(freshReference()), 'demo', 'application/json'),
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error('no answer while Redis was down')),
          ANSWER_WITHIN_MS,
        );
      }),
    ]).finally(() => clearTimeout(timer));
    const waited = Date.now() - started;
    const { interchangeId, outcome } = JSON.parse(answer.body) as {
      interchangeId: string;
      outcome: string;
    };

    expect(answer.status).toBe(200);
    expect(outcome).toBe('accepted');
    expect(waited).toBeLessThan(ANSWER_WITHIN_MS);
    expect((await story(interchangeId)).deliveries).toEqual([]);

    await redis.restore();
    const delivered = await eventually(
      async () => {
        const s = await story(interchangeId);
        return s.deliveries.length === 1 && s.deliveries[0].status === 'delivered' ? s : undefined;
      },
      30000,
      'the delivery after Redis came back',
    );
    expect(delivered.interchange.outcome).toBe('accepted');
    expect(printed).not.toHaveBeenCalled();
    printed.mockRestore();
  }, 60000);
});
