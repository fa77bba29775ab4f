import { EventRepository } from '@app/journal';
import { createHash } from 'node:crypto';
import { refuseInterchange, withJournalOf } from './support/journal.access';
import { MqCarrierClient } from './support/mq-carrier.client';
import { eventually, JournalKind, PaxgateHarness } from './support/paxgate.harness';
import { RabbitMqVhost } from './support/rabbitmq-vhost';
import { demoPaxlst, freshReference, miscountedPaxlst } from './support/sample-interchanges';
import { InterchangeSummary } from './support/status-api.types';

const INBOUND = 'demo.interchanges.in';
const REPLY = 'demo.contrl.out';

interface Story {
  interchange: InterchangeSummary;
  deliveries: Array<{ status: string }>;
}

interface Suite {
  vhost: RabbitMqVhost;
  carrier: MqCarrierClient;
  harness: PaxgateHarness;
}

/** A vhost of its own, the carrier's queues declared, and paxgate consuming them. */
async function startSuite(
  journal: JournalKind,
  protocol: 'amqp-0-9-1' | 'amqp-1.0',
  vhost: RabbitMqVhost,
  user?: string,
): Promise<Suite> {
  const carrier = new MqCarrierClient(vhost.url(), INBOUND, REPLY);
  await carrier.declareQueues();
  const harness = await PaxgateHarness.start({
    journal,
    destinations: [{ kind: 'directory', name: 'local', path: 'delivered', format: 'raw' }],
    env: {
      PAXGATE_MQ_URL: vhost.url(),
      PAXGATE_MQ_PROTOCOL: protocol,
      PAXGATE_MQ_PREFETCH: '8',
      PAXGATE_MQ_RECONNECT_MIN_MS: '100',
      PAXGATE_MQ_RECONNECT_MAX_MS: '1000',
      PAXGATE_CARRIERS: JSON.stringify([
        {
          id: 'DEMO',
          name: 'Demo Airline',
          senders: ['DEMO', 'LUFTHANSA'],
          mq: { inboundQueue: INBOUND, replyQueue: REPLY, ...(user ? { user } : {}) },
        },
        { id: 'OTHER', name: 'Other Air', senders: ['OTHERAIR'] },
      ]),
    },
  });
  return { vhost, carrier, harness };
}

async function replyTo(carrier: MqCarrierClient, messageId: string) {
  return eventually(
    async () => {
      await carrier.drainReplies();
      return carrier.repliesTo(messageId)[0];
    },
    15000,
    `the reply to ${messageId}`,
  );
}

async function interchangesOfDemo(harness: PaxgateHarness): Promise<InterchangeSummary[]> {
  const { json } = await harness.admin<{ items: InterchangeSummary[] }>(
    'GET',
    '/v1/interchanges?carrier=DEMO&limit=500',
  );
  return json.items;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A message whose ingest fails every time (the journal refuses its reference) is tried
 * ingest.maxAttempts (3) times, then moved to <inbound queue>.quarantine and answered with a
 * CONTRL that rejects it (code 18); the quarantine is journaled and the inbound queue emptied.
 */
async function expectPoisonQuarantined({ carrier, harness, vhost }: Suite, messageId: string) {
  const reference = freshReference();
  const poison = demoPaxlst(reference);
  const key = `mq:${INBOUND}:${createHash('sha256').update(poison).digest('hex')}`;
  await refuseInterchange(harness.config, reference);

  await carrier.publish(poison, { messageId, userId: 'guest' });

  const reply = await replyTo(carrier, messageId);
  expect(reply.contrl).toContain(`UCI+${reference}+DEMO:ZZ+PAXGATE:ZZ+4+18'`);
  const [event, ...more] = await eventually(
    async () => {
      const found = await withJournalOf(harness.config, (db) =>
        new EventRepository(db).eventsFor('inbound', key),
      );
      return found.length > 0 ? found : undefined;
    },
    15000,
    'the quarantine journaled',
  );
  expect(more).toEqual([]);
  expect(event).toMatchObject({
    state: 'quarantined',
    detail: {
      channel: 'mq',
      carrier: 'DEMO',
      source: INBOUND,
      placedAt: `queue ${INBOUND}.quarantine`,
      attempts: 3,
      lastError: expect.stringContaining('refused by the test') as unknown,
    },
  });
  const moved = await carrier.take(`${INBOUND}.quarantine`);
  expect(moved.map((m) => m.body)).toEqual([poison]);
  await eventually(
    async () => ((await vhost.depth(INBOUND)) === 0 ? true : undefined),
    15000,
    'an empty inbound queue',
  );
  const journaled = await interchangesOfDemo(harness);
  expect(journaled.some((i) => i.controlReference === reference)).toBe(false);
  return { reply, moved };
}

/**
 * Stops the suite's clients and paxgate, giving up after 30 s so that the vhost is deleted even
 * when stopping hangs (the afterAll hook would otherwise time out before it).
 */
async function stopThenDelete(
  vhost: RabbitMqVhost | undefined,
  suite: Suite | undefined,
  ...clients: Array<MqCarrierClient | undefined>
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const stopping = (async () => {
    for (const client of [...clients, suite?.carrier]) await client?.close();
    await suite?.harness.stop();
  })();
  try {
    await Promise.race([
      stopping,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('paxgate did not stop within 30 s')), 30_000);
      }),
    ]);
  } finally {
    clearTimeout(timer);
    await vhost?.delete();
  }
}

/**
 * A stream through a broker-side drop: 10 interchanges at a steady pace; then as fast as the
 * broker confirms them (so paxgate has a backlog and messages in hand) while the broker drops
 * every connection into the vhost, paxgate's and the carrier's; then 10 more after the drop. At
 * most `limit` in all. Then: every interchange answered, journaled exactly once as accepted (a
 * redelivery only as a duplicate), and nothing left on the inbound queue.
 */
async function expectNothingLostAcrossBrokerDrop(
  { vhost, carrier, harness }: Suite,
  limit: number,
  userId?: string,
): Promise<void> {
  const references: string[] = [];
  const idOf = (reference: string) => `stream-${reference}`;
  const publish = async (pauseMs: number) => {
    const reference = freshReference();
    references.push(reference);
    await carrier.publish(demoPaxlst(reference), {
      messageId: idOf(reference),
      ...(userId ? { userId } : {}),
    });
    await pause(pauseMs);
  };
  while (references.length < 10) await publish(15);

  let dropped = false;
  const drop = vhost.closeAllConnections('e2e: broker-side drop mid-stream').finally(() => {
    dropped = true;
  });
  while (!dropped && references.length < limit - 10) await publish(0);
  // paxgate's connection and the carrier's, at least.
  expect(await drop).toMatch(/Closed ([2-9]|\d{2,}) connections/);
  for (let after = 0; after < 10; after++) await publish(15);

  await eventually(
    async () => {
      await carrier.drainReplies();
      return references.every((r) => carrier.repliesTo(idOf(r)).length > 0) || undefined;
    },
    60000,
    'a reply to every interchange',
  );
  const journaled = await interchangesOfDemo(harness);
  const accepted = references.map(
    (r) => journaled.filter((i) => i.controlReference === r && i.outcome === 'accepted').length,
  );
  expect(accepted).toEqual(references.map(() => 1));
  const others = journaled.filter(
    (i) => references.includes(i.controlReference) && i.outcome !== 'accepted',
  );
  expect(others.map((i) => i.outcome)).toEqual(others.map(() => 'duplicate'));
  expect(new Set(journaled.map((i) => i.channel))).toEqual(new Set(['mq']));
  const answers = references.flatMap((r) => carrier.repliesTo(idOf(r)).map((a) => a.contrl));
  for (const contrl of answers) expect(contrl).toMatch(/\+PAXGATE:ZZ\+(7'|4\+26)/);
  await eventually(
    async () => ((await vhost.depth(INBOUND)) === 0 ? true : undefined),
    15000,
    'an empty inbound queue',
  );
}

describe.each<[JournalKind]>([['sqlite'], ['postgres']])(
  'MQ channel over AMQP 0-9-1 with the %s journal',
  (journal) => {
    let vhost: RabbitMqVhost | undefined;
    let suite: Suite;
    /** Another broker user, allowed to publish to DEMO's queue but not DEMO's user. */
    let intruder: MqCarrierClient | undefined;
    let intruderUser = '';

    beforeAll(async () => {
      vhost = await RabbitMqVhost.create('paxgate-e2e-mq');
      const other = await vhost.addUser('paxgate-e2e-intruder');
      intruderUser = other.user;
      intruder = new MqCarrierClient(vhost.url(other.user, other.password), INBOUND, REPLY);
      suite = await startSuite(journal, 'amqp-0-9-1', vhost, 'guest');
    });

    afterAll(() => stopThenDelete(vhost, suite, intruder), 90_000);

    it('answers a valid PAXLST with CONTRL 7 on the reply queue, correlated, and delivers it', async () => {
      const reference = freshReference();
      await suite.carrier.publish(demoPaxlst(reference), { messageId: 'valid-1', userId: 'guest' });

      const reply = await replyTo(suite.carrier, 'valid-1');
      expect(reply.contentType).toBe('application/edifact');
      expect(reply.contrl).toContain(`UCI+${reference}+DEMO:ZZ+PAXGATE:ZZ+7'`);
      expect(reply.headers['x-paxgate-outcome']).toBe('accepted');
      const id = String(reply.headers['x-paxgate-interchange-id']);
      const story = await eventually(
        async () => {
          const { json } = await suite.harness.admin<Story>('GET', `/v1/interchanges/${id}`);
          return json.deliveries.some((d) => d.status === 'delivered') ? json : undefined;
        },
        15000,
        'the delivery',
      );
      expect(story.interchange).toMatchObject({
        carrierId: 'DEMO',
        channel: 'mq',
        outcome: 'accepted',
        controlReference: reference,
      });
    });

    it('answers a miscounted message with CONTRL action 4 (code 29)', async () => {
      await suite.carrier.publish(miscountedPaxlst(freshReference()), {
        messageId: 'broken-1',
        userId: 'guest',
      });

      const reply = await replyTo(suite.carrier, 'broken-1');
      expect(reply.contrl).toMatch(/UCM\+1\+PAXLST:D:05B:UN\+4\+29\+UNT'/);
    });

    it('journals and answers a body that is not EDIFACT at all, then takes it off the queue', async () => {
      await suite.carrier.publish(Buffer.from([0xff, 0xfe, 0x41, 0x42, 0x0a]), {
        messageId: 'garbage-1',
        userId: 'guest',
      });

      const reply = await replyTo(suite.carrier, 'garbage-1');
      expect(reply.headers['x-paxgate-outcome']).toBe('rejected');
      expect(reply.contrl).toMatch(/UCI\+[^']*\+4(\+|')/);
      const id = String(reply.headers['x-paxgate-interchange-id']);
      const { status } = await suite.harness.admin('GET', `/v1/interchanges/${id}`);
      expect(status).toBe(200);
      await eventually(
        async () => ((await suite.vhost.depth(INBOUND)) === 0 ? true : undefined),
        15000,
        'an empty inbound queue',
      );
    });

    it("answers code 23 when the message's user-id is not the carrier's broker user", async () => {
      const reference = freshReference();
      // The broker itself vouches for the user-id: it refuses one that is not the publisher's.
      await intruder?.publish(demoPaxlst(reference), {
        messageId: 'intruder-1',
        userId: intruderUser,
      });

      const reply = await replyTo(suite.carrier, 'intruder-1');
      expect(reply.contrl).toContain(`UCI+${reference}+DEMO:ZZ+PAXGATE:ZZ+4+23`);
      const journaled = await suite.harness.admin<Story>(
        'GET',
        `/v1/interchanges/${String(reply.headers['x-paxgate-interchange-id'])}`,
      );
      expect(journaled.json.interchange).toMatchObject({ carrierId: null, outcome: 'rejected' });
      expect(journaled.json.deliveries).toEqual([]);
    });

    it('answers the same interchange published twice with code 26 the second time', async () => {
      const body = demoPaxlst(freshReference());
      await suite.carrier.publish(body, { messageId: 'twice-1', userId: 'guest' });
      const first = await replyTo(suite.carrier, 'twice-1');
      await suite.carrier.publish(body, { messageId: 'twice-2', userId: 'guest' });
      const second = await replyTo(suite.carrier, 'twice-2');

      expect(first.headers['x-paxgate-outcome']).toBe('accepted');
      expect(second.headers['x-paxgate-outcome']).toBe('duplicate');
      expect(second.contrl).toMatch(/UCI\+[^+]+\+DEMO:ZZ\+PAXGATE:ZZ\+4\+26/);
      expect(second.headers['x-paxgate-duplicate-of']).toBe(
        first.headers['x-paxgate-interchange-id'],
      );
    });

    it('quarantines a message that fails ingest every time: tried 3 times, then moved aside and answered', async () => {
      const { reply, moved } = await expectPoisonQuarantined(suite, 'poison-1');

      expect(reply.headers['x-paxgate-outcome']).toBe('quarantined');
      expect(moved[0]?.headers).toMatchObject({
        'x-paxgate-quarantine-attempts': '3',
        'x-paxgate-original-queue': INBOUND,
        'x-paxgate-original-message-id': 'poison-1',
      });
    });

    it('loses nothing when the broker drops the connections in the middle of a stream', async () => {
      await expectNothingLostAcrossBrokerDrop(suite, 200, 'guest');
    });
  },
);

describe('MQ channel over AMQP 1.0 (RabbitMQ plugin) with the sqlite journal', () => {
  let vhost: RabbitMqVhost | undefined;
  let suite: Suite;

  beforeAll(async () => {
    vhost = await RabbitMqVhost.create('paxgate-e2e-mq10');
    suite = await startSuite('sqlite', 'amqp-1.0', vhost);
  });

  afterAll(() => stopThenDelete(vhost, suite), 90_000);

  it('answers a valid PAXLST with CONTRL 7 correlated to its message id', async () => {
    const reference = freshReference();
    await suite.carrier.publish(demoPaxlst(reference), { messageId: 'amqp10-valid-1' });

    const reply = await replyTo(suite.carrier, 'amqp10-valid-1');
    expect(reply.contentType).toBe('application/edifact');
    expect(reply.contrl).toContain(`UCI+${reference}+DEMO:ZZ+PAXGATE:ZZ+7'`);
    const journaled = await interchangesOfDemo(suite.harness);
    expect(journaled.find((i) => i.controlReference === reference)).toMatchObject({
      channel: 'mq',
      outcome: 'accepted',
    });
  });

  it('quarantines a message that fails ingest every time in a queue beside the inbound one', async () => {
    await expectPoisonQuarantined(suite, 'amqp10-poison-1');
  });

  it('loses nothing when the broker drops the connections in the middle of a stream', async () => {
    await expectNothingLostAcrossBrokerDrop(suite, 200);
  });
});
