import { Logger } from '@nestjs/common';
import { MqConfig } from '@app/config';
import { IngestInterchange, IngestInterchangeCommand, IngestResult } from '@app/ingest';
import { createHash } from 'node:crypto';
import { FakeMqConnection } from '../testing/fake-mq.connection';
import { FakeMqMessage } from '../testing/fake-mq.message';
import { Timeline } from '../testing/mq-timeline';
import { PoisonQuarantinePolicy } from '../quarantine/poison-quarantine.policy';
import { FakeIngestAttempts } from '../quarantine/testing/fake-ingest.attempts';
import { FakeQuarantineEvents } from '../quarantine/testing/fake-quarantine.events';
import { MqRoute } from './mq-carrier.routes';
import { MqDeliveryHandler } from './mq-delivery.handler';

const CONTRL = "UNB+UNOC:3+PAXGATE:ZZ+DEMO:ZZ+261129:0600+P1'UCI+R1+DEMO:ZZ+PAXGATE:ZZ+7'Ü";
const config: MqConfig = {
  url: 'amqp://broker',
  protocol: 'amqp-0-9-1',
  prefetch: 4,
  reconnectMinMs: 1,
  reconnectMaxMs: 4,
};
const demo: MqRoute = { carrierId: 'DEMO', inboundQueue: 'DEMO.IN', replyQueue: 'DEMO.REPLY' };
const policy = () =>
  new PoisonQuarantinePolicy(new FakeIngestAttempts(), new FakeQuarantineEvents(), {
    maxAttempts: 3,
  });

function resultOf(outcome: IngestResult['outcome'], duplicateOf?: string): IngestResult {
  return {
    interchangeId: 'ic-42',
    outcome,
    ...(duplicateOf ? { duplicateOf } : {}),
    contrl: CONTRL,
    report: { contrl: CONTRL } as IngestResult['report'],
  };
}

/** An ingest that records its commands and resolves (journal committed) when told. */
class FakeIngest implements IngestInterchange {
  readonly commands: IngestInterchangeCommand[] = [];
  private commit: ((result: IngestResult) => void) | undefined;
  private fail: ((error: Error) => void) | undefined;

  constructor(private readonly timeline: Timeline) {}

  execute(command: IngestInterchangeCommand): Promise<IngestResult> {
    this.commands.push(command);
    return new Promise<IngestResult>((resolve, reject) => {
      this.commit = (result) => {
        this.timeline.push('ingest');
        resolve(result);
      };
      this.fail = reject;
    });
  }

  commits(result: IngestResult): void {
    this.commit?.(result);
  }

  throws(error: Error): void {
    this.fail?.(error);
  }
}

const nextTurn = () => new Promise((r) => setImmediate(r));

/**
 * Waits until `check` holds, then one more turn of the event loop: the fakes answer with
 * promises, so the handler has then done all it does without what it is waiting on.
 */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !check(); i++) await nextTurn();
  if (!check()) throw new Error('condition never held');
  await nextTurn();
}

describe(MqDeliveryHandler.name, () => {
  let timeline: Timeline;
  let ingest: FakeIngest;
  let broker: FakeMqConnection;
  let sut: MqDeliveryHandler;
  let stopping: AbortController;
  let warnings: string[];

  beforeEach(() => {
    warnings = [];
    jest.spyOn(Logger.prototype, 'warn').mockImplementation((message: unknown) => {
      warnings.push(String(message));
    });
    jest.spyOn(Logger.prototype, 'debug').mockImplementation(() => undefined);
    timeline = [];
    ingest = new FakeIngest(timeline);
    broker = new FakeMqConnection(timeline, () => undefined);
    sut = new MqDeliveryHandler(ingest, config, policy());
    stopping = new AbortController();
  });

  afterEach(() => jest.restoreAllMocks());

  /** Handles one message, letting ingest answer with `answer` once it has been called. */
  async function handle(
    message: FakeMqMessage,
    answer: (ingest: FakeIngest) => void = (i) => i.commits(resultOf('accepted')),
    route: MqRoute = demo,
  ): Promise<void> {
    const handling = sut.handle(route, message, broker, stopping.signal);
    await Promise.resolve();
    answer(ingest);
    await handling;
  }

  it('acks only after the journal commit and the confirmed reply, in that order', async () => {
    const message = new FakeMqMessage(timeline, Buffer.from('UNA'), 'msg-1');
    const handling = sut.handle(demo, message, broker, stopping.signal);
    // The handler waits on the ingest: what it did before, it has done.
    await until(() => ingest.commands.length === 1);
    expect(timeline).toEqual([]);

    ingest.commits(resultOf('accepted'));
    await handling;

    expect(timeline).toEqual(['ingest', 'publish DEMO.REPLY', 'ack']);
  });

  it("ingests the message's bytes over the mq channel as the queue's carrier", async () => {
    const body = Buffer.from("UNB+UNOA:4+DEMO:ZZ'", 'latin1');
    await handle(new FakeMqMessage(timeline, body, 'msg-1'));

    expect(ingest.commands).toEqual([
      { bytes: body, channel: 'mq', carrierId: 'DEMO', receivedAt: expect.any(Date) as Date },
    ]);
  });

  it('replies with the CONTRL as latin1 bytes, correlated by the inbound message id', async () => {
    await handle(new FakeMqMessage(timeline, Buffer.from('UNA'), 'msg-7'));

    expect(broker.published).toEqual([
      {
        queue: 'DEMO.REPLY',
        reply: {
          body: Buffer.from(CONTRL, 'latin1'),
          contentType: 'application/edifact',
          correlationId: 'msg-7',
          headers: { 'x-paxgate-interchange-id': 'ic-42', 'x-paxgate-outcome': 'accepted' },
        },
      },
    ]);
  });

  it('correlates a message without an id by the SHA-256 of its body', async () => {
    const body = Buffer.from("UNB+UNOA:4+DEMO:ZZ+PAXGATE:ZZ+261129:0600+R1'");
    await handle(new FakeMqMessage(timeline, body));

    const sha256 = createHash('sha256').update(body).digest('hex');
    expect(broker.published[0]?.reply.correlationId).toBe(`sha256:${sha256}`);
  });

  it('names the earlier interchange in the reply to a duplicate', async () => {
    await handle(new FakeMqMessage(timeline, Buffer.from('UNA'), 'msg-2'), (i) =>
      i.commits(resultOf('duplicate', 'ic-1')),
    );

    expect(broker.published[0]?.reply.headers).toEqual({
      'x-paxgate-interchange-id': 'ic-42',
      'x-paxgate-outcome': 'duplicate',
      'x-paxgate-duplicate-of': 'ic-1',
    });
    expect(timeline.at(-1)).toBe('ack');
  });

  describe('when the carrier has a broker user', () => {
    const guarded: MqRoute = { ...demo, user: 'demo-airline' };

    it('ingests as the carrier when the user-id matches', async () => {
      await handle(
        new FakeMqMessage(timeline, Buffer.from('UNA'), 'm', 'demo-airline'),
        undefined,
        guarded,
      );

      expect(ingest.commands[0]?.carrierId).toBe('DEMO');
    });

    it('ingests as no carrier (so ingest answers code 23) when the user-id differs, and still replies and acks', async () => {
      await handle(
        new FakeMqMessage(timeline, Buffer.from('UNA'), 'm', 'intruder'),
        (i) => i.commits(resultOf('rejected')),
        guarded,
      );

      expect(ingest.commands[0]?.carrierId).toBeUndefined();
      expect(timeline).toEqual(['ingest', 'publish DEMO.REPLY', 'ack']);
      expect(warnings).toEqual([expect.stringContaining("DEMO.IN carries user-id 'intruder'")]);
    });

    it('ingests as no carrier when the message carries no user-id', async () => {
      await handle(new FakeMqMessage(timeline, Buffer.from('UNA'), 'm'), undefined, guarded);

      expect(ingest.commands[0]?.carrierId).toBeUndefined();
    });
  });

  it('ignores the user-id when the carrier has no broker user', async () => {
    await handle(new FakeMqMessage(timeline, Buffer.from('UNA'), 'm', 'anyone'));

    expect(ingest.commands[0]?.carrierId).toBe('DEMO');
  });

  it('requeues without replying or acking when ingest fails (an outage)', async () => {
    await handle(new FakeMqMessage(timeline, Buffer.from('UNA'), 'm'), (i) =>
      i.throws(new Error('connect ECONNREFUSED 127.0.0.1:5432')),
    );

    expect(timeline).toEqual(['requeue']);
    expect(broker.published).toEqual([]);
  });

  it('requeues, not acks, when the broker does not confirm the reply', async () => {
    broker.publishError = new Error('channel closed');
    await handle(new FakeMqMessage(timeline, Buffer.from('UNA'), 'm'));

    expect(timeline).toEqual(['ingest', 'publish DEMO.REPLY', 'requeue']);
  });

  it('hands the message back at once when the application stops during the outage pause', async () => {
    const slow = new MqDeliveryHandler(
      ingest,
      { ...config, reconnectMinMs: 3_600_000, reconnectMaxMs: 3_600_000 },
      policy(),
    );
    const handling = slow.handle(
      demo,
      new FakeMqMessage(timeline, Buffer.from('UNA'), 'm'),
      broker,
      stopping.signal,
    );
    await Promise.resolve();
    ingest.throws(new Error('database is down'));
    // Logged as the pause begins; without the pause the requeue would follow at once.
    await until(() => warnings.some((w) => w.includes('goes back to the queue')));
    expect(timeline).toEqual([]);

    stopping.abort();
    await handling;

    expect(timeline).toEqual(['requeue']);
  });

  it('resolves when the ack cannot be sent any more (the broker redelivers the message)', async () => {
    const message = new FakeMqMessage(timeline, Buffer.from('UNA'), 'm');
    message.gone = true;

    await expect(handle(message)).resolves.toBeUndefined();
    expect(timeline).toEqual(['ingest', 'publish DEMO.REPLY']);
  });
});
