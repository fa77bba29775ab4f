import { connect, Channel, ChannelModel, ConsumeMessage } from 'amqplib';
import { randomBytes } from 'node:crypto';
import { deliverLaterInterchange } from './support/delivery-signals';
import { eventually, JournalKind, PaxgateHarness } from './support/paxgate.harness';
import { demoPaxlst, freshReference, miscountedPaxlst } from './support/sample-interchanges';
import { WebhookTestServer } from './support/webhook.server';

const AMQP_URL = 'amqp://guest:guest@127.0.0.1:5672';

interface StoryDelivery {
  id: string;
  destination: string;
  status: string;
  attempts: number;
}
interface Story {
  interchange: { id: string; outcome: string };
  messages: Array<{ id: string }>;
  deliveries: StoryDelivery[];
  events: Array<{ state: string }>;
}

describe.each<[JournalKind]>([['sqlite'], ['postgres']])(
  'gateway over HTTPS with the %s journal',
  (journal) => {
    const id = randomBytes(4).toString('hex');
    const exchange = `e2e-piu-${id}`;
    const queue = `e2e-piu-${id}`;
    const webhook = new WebhookTestServer(`webhook-secret-${id}`);
    const onQueue: ConsumeMessage[] = [];
    let amqp: ChannelModel;
    let channel: Channel;
    let harness: PaxgateHarness;

    beforeAll(async () => {
      amqp = await connect(AMQP_URL);
      channel = await amqp.createChannel();
      await channel.assertExchange(exchange, 'topic', { durable: true });
      await channel.assertQueue(queue, { durable: false, autoDelete: true });
      await channel.bindQueue(queue, exchange, '#');
      await channel.consume(queue, (m) => m && onQueue.push(m), { noAck: true });
      const hook = await webhook.start();
      harness = await PaxgateHarness.start({
        journal,
        destinations: [
          { kind: 'amqp', name: 'piu-amqp', url: AMQP_URL, exchange, format: 'raw' },
          {
            kind: 'webhook',
            name: 'piu-webhook',
            url: hook,
            secret: webhook.secret,
            timeoutMs: 2000,
            format: 'json',
          },
        ],
      });
    });

    afterAll(async () => {
      await harness?.stop();
      await webhook.stop();
      await channel.deleteExchange(exchange);
      await amqp.close();
    });

    async function storyOf(interchangeId: string): Promise<Story> {
      const { status, json } = await harness.admin<Story>(
        'GET',
        `/v1/interchanges/${interchangeId}`,
      );
      expect(status).toBe(200);
      return json;
    }

    async function postJson(
      body: Buffer,
    ): Promise<{ interchangeId: string; outcome: string; contrl: string }> {
      const answer = await harness.post(body, 'demo', 'application/json');
      return JSON.parse(answer.body) as { interchangeId: string; outcome: string; contrl: string };
    }

    /**
     * A later interchange delivered to both destinations, and seen by this suite's queue
     * consumer too: the queue is first in, first out, so whatever was published to it before
     * has been consumed.
     */
    async function laterDelivered(): Promise<void> {
      const later = await deliverLaterInterchange(harness, 2, [webhook]);
      await eventually(
        () =>
          onQueue.some((m) => m.properties.headers?.['x-paxgate-message-id'] === later.messageId)
            ? true
            : undefined,
        15000,
        'the later message on the queue',
      );
    }

    it('answers a carrier certificate posting a valid PAXLST with CONTRL 7, after the commit', async () => {
      const ref = freshReference();
      const answer = await harness.post(demoPaxlst(ref));
      expect(answer.status).toBe(200);
      expect(answer.contentType).toContain('application/edifact');
      expect(answer.body).toContain(`UCI+${ref}+DEMO:ZZ+PAXGATE:ZZ+7'`);
      expect(answer.body).not.toContain('UCM+');
    });

    it('rejects a miscounted message with CONTRL 4 and code 29', async () => {
      const answer = await harness.post(miscountedPaxlst(freshReference()));
      expect(answer.body).toMatch(
        /UCI\+[^+]+\+DEMO:ZZ\+PAXGATE:ZZ\+7'UCM\+1\+PAXLST:D:05B:UN\+4\+29\+UNT'/,
      );
    });

    it("answers code 23 when the certificate's carrier does not own the UNB sender, and routes nothing", async () => {
      const ref = freshReference();
      const answer = await harness.post(demoPaxlst(ref), 'other', 'application/json');
      const { interchangeId, outcome, contrl } = JSON.parse(answer.body) as {
        interchangeId: string;
        outcome: string;
        contrl: string;
      };
      expect(outcome).toBe('rejected');
      expect(contrl).toContain(`UCI+${ref}+DEMO:ZZ+PAXGATE:ZZ+4+23`);
      await laterDelivered();
      expect((await storyOf(interchangeId)).deliveries).toEqual([]);
    });

    it('refuses a client without a certificate at TLS', async () => {
      await expect(harness.post(demoPaxlst(freshReference()), 'none')).rejects.toThrow();
    });

    it('answers a resent interchange with code 26, journals it as a duplicate, and does not route it again', async () => {
      const body = demoPaxlst(freshReference());
      const first = await postJson(body);
      const second = await postJson(body);
      expect(first.outcome).toBe('accepted');
      expect(second.outcome).toBe('duplicate');
      expect(second.contrl).toMatch(/UCI\+[^+]+\+DEMO:ZZ\+PAXGATE:ZZ\+4\+26/);
      expect((await storyOf(second.interchangeId)).deliveries).toEqual([]);
    });

    it('delivers a valid message to the RabbitMQ exchange and the webhook, each exactly once', async () => {
      const { interchangeId } = await postJson(demoPaxlst(freshReference()));
      const story = await eventually(
        async () => {
          const s = await storyOf(interchangeId);
          return s.deliveries.length === 2 && s.deliveries.every((d) => d.status === 'delivered')
            ? s
            : undefined;
        },
        15000,
        'both deliveries',
      );
      await laterDelivered();
      const fromQueue = onQueue.filter(
        (m) => m.properties.headers?.['x-paxgate-message-id'] === story.messages[0].id,
      );
      const hookDelivery = story.deliveries.find((d) => d.destination === 'piu-webhook');
      const fromHook = webhook.receivedFor(hookDelivery?.id ?? '');
      expect(fromQueue).toHaveLength(1);
      expect(fromHook).toHaveLength(1);
      expect(fromQueue[0].properties.deliveryMode).toBe(2);
      expect(fromQueue[0].content.toString('latin1')).toContain("NAD+FL+++O?'BRIEN:MARY:ANNE'");
      expect(fromHook[0].signatureValid).toBe(true);
      expect(JSON.parse(fromHook[0].body.toString('utf8'))).toMatchObject({
        schema: 'paxgate.paxlst/1',
      });
      expect(story.events.map((e) => e.state)).toEqual(
        expect.arrayContaining(['received', 'accepted', 'routed', 'delivered']),
      );
    });

    it('retries a webhook that fails three times, then delivers once', async () => {
      webhook.failures = 3;
      const { interchangeId } = await postJson(demoPaxlst(freshReference()));
      const hook = await eventually(
        async () =>
          (await storyOf(interchangeId)).deliveries.find(
            (d) => d.destination === 'piu-webhook' && d.status === 'delivered',
          ),
        20000,
        'webhook delivery',
      );
      expect(hook.attempts).toBe(4);
      await laterDelivered();
      expect(webhook.receivedFor(hook.id)).toHaveLength(1);
    });

    it('leaves a delivery that always fails dead and visible, and a replay delivers it', async () => {
      webhook.alwaysFail = true;
      const { interchangeId } = await postJson(demoPaxlst(freshReference()));
      const dead = await eventually(
        async () =>
          (await storyOf(interchangeId)).deliveries.find(
            (d) => d.destination === 'piu-webhook' && d.status === 'dead',
          ),
        20000,
        'dead delivery',
      );
      webhook.alwaysFail = false;
      const replay = await harness.admin('POST', `/v1/deliveries/${dead.id}/replay`);
      expect(replay.status).toBeLessThan(300);
      await eventually(
        async () =>
          (await storyOf(interchangeId)).deliveries.find(
            (d) => d.id === dead.id && d.status === 'delivered',
          ),
        15000,
        'replayed delivery',
      );
      expect(webhook.receivedFor(dead.id)).toHaveLength(1);
    });
  },
);
