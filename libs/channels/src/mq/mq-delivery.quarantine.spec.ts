import { Logger } from '@nestjs/common';
import { MqConfig } from '@app/config';
import { IngestInterchange, IngestInterchangeCommand, IngestResult } from '@app/ingest';
import { createHash } from 'node:crypto';
import { PoisonQuarantinePolicy } from '../quarantine/poison-quarantine.policy';
import { FakeIngestAttempts } from '../quarantine/testing/fake-ingest.attempts';
import { FakeQuarantineEvents } from '../quarantine/testing/fake-quarantine.events';
import { FakeMqConnection } from '../testing/fake-mq.connection';
import { FakeMqMessage } from '../testing/fake-mq.message';
import { Timeline } from '../testing/mq-timeline';
import { MqRoute } from './mq-carrier.routes';
import { MqDeliveryHandler } from './mq-delivery.handler';

const config = { reconnectMinMs: 1, reconnectMaxMs: 2 } as MqConfig;
const demo: MqRoute = { carrierId: 'DEMO', inboundQueue: 'DEMO.IN', replyQueue: 'DEMO.REPLY' };
const POISON = Buffer.from("UNA:+.? 'UNB+UNOA:4+DEMO:ZZ+PAXGATE:ZZ+261207:1100+REF42'UNH+1+PAX");
const KEY = `mq:DEMO.IN:${createHash('sha256').update(POISON).digest('hex')}`;

/** Ingest that fails every time, or accepts when `healthy`. */
class FakeIngest implements IngestInterchange {
  readonly commands: IngestInterchangeCommand[] = [];
  healthy = false;

  constructor(private readonly timeline: Timeline) {}

  execute(command: IngestInterchangeCommand): Promise<IngestResult> {
    this.commands.push(command);
    this.timeline.push('ingest');
    if (!this.healthy) return Promise.reject(new Error('inspection crashed'));
    const result = { interchangeId: 'ic-1', outcome: 'accepted', contrl: 'CONTRL' };
    return Promise.resolve(result as IngestResult);
  }
}

describe(`${MqDeliveryHandler.name} quarantine`, () => {
  let timeline: Timeline;
  let ingest: FakeIngest;
  let attempts: FakeIngestAttempts;
  let events: FakeQuarantineEvents;
  let broker: FakeMqConnection;
  let sut: MqDeliveryHandler;

  const deliver = (redelivered: boolean) =>
    sut.handle(
      demo,
      new FakeMqMessage(timeline, POISON, 'poison-1', undefined, redelivered),
      broker,
      new AbortController().signal,
    );

  beforeEach(() => {
    for (const level of ['warn', 'debug', 'error'] as const) {
      jest.spyOn(Logger.prototype, level).mockImplementation(() => undefined);
    }
    timeline = [];
    ingest = new FakeIngest(timeline);
    attempts = new FakeIngestAttempts();
    events = new FakeQuarantineEvents();
    broker = new FakeMqConnection(timeline, () => undefined);
    sut = new MqDeliveryHandler(
      ingest,
      config,
      new PoisonQuarantinePolicy(attempts, events, { maxAttempts: 3 }),
    );
  });

  afterEach(() => jest.restoreAllMocks());

  it('counts nothing for a message delivered the first time and ingested', async () => {
    ingest.healthy = true;

    await deliver(false);

    expect(attempts.calls).toEqual([]);
    expect(timeline).toEqual(['ingest', 'publish DEMO.REPLY', 'ack']);
  });

  it('counts a redelivered message before it tries it, and forgets it once ingested', async () => {
    ingest.healthy = true;

    await deliver(true);

    expect(attempts.calls).toEqual([`attempt ${KEY}`, `clear ${KEY}`]);
  });

  it('moves a message that failed maxAttempts times to <queue>.quarantine before the ack, and answers it', async () => {
    await deliver(false);
    await deliver(true);
    timeline.length = 0;

    await deliver(true);

    expect(ingest.commands).toHaveLength(3);
    expect(timeline).toEqual(['ingest', 'publish DEMO.IN.quarantine', 'publish DEMO.REPLY', 'ack']);
    const [moved, answer] = broker.published;
    expect(moved?.reply).toMatchObject({
      body: POISON,
      correlationId: 'poison-1',
      headers: {
        'x-paxgate-quarantine-attempts': '3',
        'x-paxgate-quarantine-error': 'inspection crashed',
        'x-paxgate-original-queue': 'DEMO.IN',
        'x-paxgate-original-message-id': 'poison-1',
      },
    });
    expect(answer?.reply.correlationId).toBe('poison-1');
    expect(answer?.reply.headers).toEqual({ 'x-paxgate-outcome': 'quarantined' });
    expect(answer?.reply.body.toString('latin1')).toContain("UCI+REF42+DEMO:ZZ+PAXGATE:ZZ+4+18'");
    expect(events.appended).toEqual([
      expect.objectContaining({
        subjectType: 'inbound',
        subjectId: KEY,
        detail: expect.objectContaining({
          channel: 'mq',
          carrier: 'DEMO',
          source: 'DEMO.IN',
          placedAt: 'queue DEMO.IN.quarantine',
          attempts: 3,
        }) as unknown,
      }),
    ]);
    expect(attempts.rows.size).toBe(0);
  });

  it('moves, untried, a redelivered message whose tries a crash loop used up', async () => {
    attempts.seed(KEY, 3);

    await deliver(true);

    expect(ingest.commands).toEqual([]);
    expect(timeline).toEqual(['publish DEMO.IN.quarantine', 'publish DEMO.REPLY', 'ack']);
  });

  it('hands the message back when the quarantine queue does not confirm it', async () => {
    attempts.seed(KEY, 3);
    broker.publishError = new Error('channel closed');

    await deliver(true);

    expect(timeline).toEqual(['publish DEMO.IN.quarantine', 'requeue']);
    expect(events.appended).toEqual([]);
  });
});
