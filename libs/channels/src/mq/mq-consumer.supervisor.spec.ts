import { Logger } from '@nestjs/common';
import { CarrierConfig, MqConfig } from '@app/config';
import { IngestInterchange, IngestInterchangeCommand, IngestResult } from '@app/ingest';
import { FakeMqConnector } from '../testing/fake-mq.connector';
import { FakeMqMessage } from '../testing/fake-mq.message';
import { Timeline } from '../testing/mq-timeline';
import { MqConsumerSupervisor } from './mq-consumer.supervisor';
import { PoisonQuarantinePolicy } from '../quarantine/poison-quarantine.policy';
import { FakeIngestAttempts } from '../quarantine/testing/fake-ingest.attempts';
import { FakeQuarantineEvents } from '../quarantine/testing/fake-quarantine.events';
import { MqDeliveryHandler } from './mq-delivery.handler';

const config: MqConfig = {
  url: 'amqp://broker',
  protocol: 'amqp-0-9-1',
  prefetch: 8,
  reconnectMinMs: 1,
  reconnectMaxMs: 4,
};
const carriers: CarrierConfig[] = [
  {
    id: 'DEMO',
    name: 'Demo',
    senders: ['DEMO'],
    mq: { inboundQueue: 'DEMO.IN', replyQueue: 'DEMO.REPLY' },
  },
  { id: 'HTTPSONLY', name: 'No MQ', senders: ['H'] },
  {
    id: 'OTHER',
    name: 'Other',
    senders: ['OTHERAIR'],
    mq: { inboundQueue: 'OTHER.IN', replyQueue: 'OTHER.REPLY', user: 'other' },
  },
];

/** Commits at once, or holds every call until `release()`. */
class GatedIngest implements IngestInterchange {
  held = false;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly timeline: Timeline) {}

  async execute(command: IngestInterchangeCommand): Promise<IngestResult> {
    if (this.held) await new Promise<void>((r) => this.waiting.push(r));
    this.timeline.push('ingest');
    return {
      interchangeId: `ic-${command.bytes.toString()}`,
      outcome: 'accepted',
      contrl: "UCI+1+DEMO:ZZ+PAXGATE:ZZ+7'",
      report: {} as IngestResult['report'],
    };
  }

  release(): void {
    for (const go of this.waiting.splice(0)) go();
  }
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 2));
  if (!check()) throw new Error('condition never held');
}

describe(MqConsumerSupervisor.name, () => {
  let timeline: Timeline;
  let connector: FakeMqConnector;
  let ingest: GatedIngest;
  let sut: MqConsumerSupervisor;

  beforeEach(() => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    timeline = [];
    connector = new FakeMqConnector(timeline);
    ingest = new GatedIngest(timeline);
    sut = new MqConsumerSupervisor(
      connector,
      new MqDeliveryHandler(
        ingest,
        config,
        new PoisonQuarantinePolicy(new FakeIngestAttempts(), new FakeQuarantineEvents(), {
          maxAttempts: 3,
        }),
      ),
      config,
      carriers,
    );
  });

  afterEach(async () => {
    ingest.release();
    await sut.stop();
    jest.restoreAllMocks();
  });

  it("consumes each MQ carrier's inbound queue with the configured prefetch", async () => {
    await sut.start();

    const consumers = connector.current?.consumers;
    expect([...(consumers?.keys() ?? [])]).toEqual(['DEMO.IN', 'OTHER.IN']);
    expect(consumers?.get('DEMO.IN')?.prefetch).toBe(8);
    expect(sut.connected).toBe(true);
  });

  it('routes a message to the reply queue of the carrier whose queue it came from', async () => {
    await sut.start();
    connector.current?.deliver(
      'OTHER.IN',
      new FakeMqMessage(timeline, Buffer.from('1'), 'm1', 'other'),
    );

    await until(() => timeline.includes('ack'));
    expect(connector.current?.published.map((p) => p.queue)).toEqual(['OTHER.REPLY']);
  });

  it('keeps trying when the broker is not there at start, and consumes once it is', async () => {
    connector.refusals = 3;

    await sut.start();
    expect(sut.connected).toBe(false);

    await until(() => sut.connected);
    expect(connector.attempts).toBe(4);
    expect(connector.current?.consumers.size).toBe(2);
  });

  it('reconnects and consumes again after the broker drops the connection', async () => {
    await sut.start();
    const first = connector.current;

    first?.drop();
    expect(sut.connected).toBe(false);
    await until(() => sut.connected);

    expect(connector.connections).toHaveLength(2);
    expect(first?.closed).toBe(true);
    expect(connector.current?.consumers.size).toBe(2);
  });

  it('reconnects again after a failed reconnect', async () => {
    await sut.start();
    connector.refusals = 2;

    connector.current?.drop();
    await until(() => sut.connected);

    expect(connector.attempts).toBe(4);
  });

  it('on stop cancels the consumers, lets the message in hand finish, then closes', async () => {
    await sut.start();
    ingest.held = true;
    connector.current?.deliver('DEMO.IN', new FakeMqMessage(timeline, Buffer.from('1'), 'm1'));

    const stopping = sut.stop();
    // Cancelled; a close that did not wait for the message in hand would follow in this turn.
    await until(() => timeline.includes('cancel'));
    await new Promise((r) => setImmediate(r));
    expect(timeline).toEqual(['cancel']);
    ingest.release();
    await stopping;

    expect(timeline).toEqual(['cancel', 'ingest', 'publish DEMO.REPLY', 'ack', 'close']);
  });

  it('requeues a message that arrives after stop began', async () => {
    await sut.start();
    const connection = connector.current;
    await sut.stop();

    connection?.deliver('DEMO.IN', new FakeMqMessage(timeline, Buffer.from('1'), 'late'));

    expect(timeline).toEqual(['cancel', 'close', 'requeue']);
  });

  it('does not reconnect once stopped', async () => {
    connector.refusals = 1;
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    try {
      await sut.start();
      expect(jest.getTimerCount()).toBe(1); // the reconnect, scheduled

      await sut.stop();
      // Every timer set so far fires now, however late a slow machine would have run it.
      jest.runOnlyPendingTimers();
      await new Promise((r) => setImmediate(r));
    } finally {
      jest.useRealTimers();
    }

    expect(connector.attempts).toBe(1);
    expect(connector.connections).toEqual([]);
  });
});
