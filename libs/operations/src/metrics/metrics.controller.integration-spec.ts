import { createJournalDatabase, JournalWriter } from '@app/journal';
import { register } from 'prom-client';
import { anApiInterchange, ApiInterchangeOptions, LH400 } from '../testing/operations.fixtures';
import { OperationsTestApp, startOperationsApp } from '../testing/operations-test-app';
import { MetricsController } from './metrics.controller';

/** The value of one sample line, e.g. `paxgate_ack_latency_seconds_bucket{le="5"}`. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe(MetricsController.name, () => {
  let t: OperationsTestApp;
  let reference = 0;
  const anInterchange = (extra: Partial<ApiInterchangeOptions> = {}) =>
    anApiInterchange({
      carrierId: null,
      senderId: 'LHAPI',
      controlReference: `M${++reference}`,
      flight: LH400,
      // Three seconds before the CONTRL: the ack latency lands between 2.5 s and 5 s.
      receivedAt: new Date(Date.now() - 3000),
      ...extra,
    });

  async function scrape(): Promise<string> {
    const res = await t.anonymous().get('/metrics').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain;.*version=0\.0\.4/);
    return res.text;
  }

  beforeAll(async () => {
    t = await startOperationsApp();
    const { messageIds } = await t.record(anInterchange());
    await t.record(anInterchange({ outcome: 'rejected' }));
    await t.record(anInterchange({ outcome: 'duplicate' }));
    await t.record(anInterchange({ receivedAt: new Date(Date.now() - 200) }));
    const delivered = (await t.deliveries.createIfAbsent(messageIds[0], 'risk-engine')).delivery;
    await t.deliveries.markDelivering(delivered.id, 1);
    await t.deliveries.markDelivered(delivered.id);
    const dead = (await t.deliveries.createIfAbsent(messageIds[0], 'border-control')).delivery;
    await t.deliveries.markDelivering(dead.id, 1);
    await t.deliveries.markFailed(dead.id, 1, 'HTTP 502');
    await t.deliveries.markDelivering(dead.id, 2);
    await t.deliveries.markFailed(dead.id, 2, 'HTTP 502');
    await t.deliveries.markDead(dead.id, 'gave up after 2 attempts');
  });
  afterAll(() => t.close());

  it('counts interchanges and deliveries from the journal, without a token', async () => {
    const text = await scrape();

    expect(sample(text, 'paxgate_interchanges_received_total')).toBe(4);
    expect(sample(text, 'paxgate_interchanges_accepted_total')).toBe(2);
    expect(sample(text, 'paxgate_interchanges_rejected_total')).toBe(1);
    expect(sample(text, 'paxgate_interchanges_duplicates_total')).toBe(1);
    expect(sample(text, 'paxgate_deliveries_delivered_total')).toBe(1);
    expect(sample(text, 'paxgate_deliveries_failed_total')).toBe(2);
    expect(sample(text, 'paxgate_deliveries_dead_total')).toBe(1);
    expect(text).toContain('# TYPE paxgate_deliveries_dead_total counter');
  });

  it('observes ack and delivery latencies once each, from receipt', async () => {
    const text = await scrape();
    const again = await scrape();

    for (const body of [text, again]) {
      expect(sample(body, 'paxgate_ack_latency_seconds_count')).toBe(4);
      expect(sample(body, 'paxgate_ack_latency_seconds_bucket{le="1"}')).toBe(1);
      expect(sample(body, 'paxgate_ack_latency_seconds_bucket{le="2.5"}')).toBe(1);
      expect(sample(body, 'paxgate_ack_latency_seconds_bucket{le="5"}')).toBe(4);
      expect(sample(body, 'paxgate_delivery_latency_seconds_count')).toBe(1);
      expect(sample(body, 'paxgate_delivery_latency_seconds_bucket{le="2.5"}')).toBe(0);
      expect(sample(body, 'paxgate_delivery_latency_seconds_bucket{le="5"}')).toBe(1);
    }
    expect(sample(text, 'paxgate_delivery_latency_seconds_sum')).toBeGreaterThanOrEqual(3);
  });

  it('counts what another process wrote to the journal', async () => {
    const other = createJournalDatabase({ kind: 'sqlite', filename: t.journalFile });
    try {
      await new JournalWriter(other).recordInterchange(anInterchange({ outcome: 'rejected' }));
    } finally {
      await other.destroy();
    }

    const text = await scrape();

    expect(sample(text, 'paxgate_interchanges_received_total')).toBe(5);
    expect(sample(text, 'paxgate_interchanges_rejected_total')).toBe(2);
    expect(sample(text, 'paxgate_ack_latency_seconds_count')).toBe(5);
  });

  it('keeps its metrics out of the global registry', async () => {
    await scrape();

    expect(register.getSingleMetric('paxgate_interchanges_received_total')).toBeUndefined();
  });
});
