import { readInterchange } from '@app/edifact';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MqCarrierClient } from './support/mq-carrier.client';
import { makeSshKey, sftpBatch } from './support/openssh.client';
import { deliverLaterInterchange, partJournaledAsDuplicate } from './support/delivery-signals';
import { eventually, JournalKind, PaxgateHarness } from './support/paxgate.harness';
import { RabbitMqVhost } from './support/rabbitmq-vhost';
import { freshReference, paxlstPart } from './support/sample-interchanges';
import { WebhookTestServer } from './support/webhook.server';

interface Manifest {
  message: { accessReference?: string };
  travellers: { surname: string }[];
  assembly: { status: string; parts: { number: number }[] };
}

const action = (contrl: string): string | undefined =>
  /UCI\+[^+]*\+[^+]*\+[^+]*\+(\d)/.exec(contrl)?.[1];

/**
 * The whole story: one manifest split in three, each part over another channel, out of
 * order, one part sent twice; the PIU gets one manifest, once, and the carrier a CONTRL on each
 * channel.
 */
describe.each<[JournalKind]>([['sqlite'], ['postgres']])(
  'a three-part PAXLST over MQ, SFTP and HTTPS with the %s journal',
  (journal) => {
    const id = randomBytes(4).toString('hex');
    const INBOUND = `demo.paxlst.in.${id}`;
    const REPLY = `demo.contrl.${id}`;
    const jsonHook = new WebhookTestServer(`json-secret-${id}-0000`);
    const rawHook = new WebhookTestServer(`raw-secret-${id}-00000`);
    let vhost: RabbitMqVhost;
    let carrier: MqCarrierClient;
    let harness: PaxgateHarness;
    let work: string;
    let key: string;

    beforeAll(async () => {
      work = await mkdtemp(join(tmpdir(), 'paxgate-channels-e2e-'));
      key = await makeSshKey(work, 'demo');
      vhost = await RabbitMqVhost.create('e2e-channels');
      carrier = new MqCarrierClient(vhost.url(), INBOUND, REPLY);
      await carrier.declareQueues();
      const [jsonUrl, rawUrl] = [await jsonHook.start(), await rawHook.start()];
      harness = await PaxgateHarness.start({
        journal,
        destinations: [
          {
            kind: 'webhook',
            name: 'piu-json',
            url: jsonUrl,
            secret: jsonHook.secret,
            format: 'json',
          },
          { kind: 'webhook', name: 'piu-raw', url: rawUrl, secret: rawHook.secret, format: 'raw' },
        ],
        env: {
          PAXGATE_MQ_URL: vhost.url(),
          PAXGATE_MQ_RECONNECT_MIN_MS: '100',
          PAXGATE_MQ_RECONNECT_MAX_MS: '1000',
          PAXGATE_SFTP_PORT: '0',
          PAXGATE_SFTP_HOST: '127.0.0.1',
          PAXGATE_CARRIERS: JSON.stringify([
            {
              id: 'DEMO',
              name: 'Demo Airline',
              senders: ['DEMO', 'LUFTHANSA'],
              mq: { inboundQueue: INBOUND, replyQueue: REPLY },
              sftp: { publicKeys: [(await readFile(`${key}.pub`, 'utf8')).trim()] },
            },
          ]),
        },
      });
    });

    afterAll(async () => {
      await harness?.stop();
      await carrier?.close();
      await vhost?.delete();
      await jsonHook.stop();
      await rawHook.stop();
      await rm(work, { recursive: true, force: true });
    });

    it('delivers one manifest with every traveller, once, and answers each channel', async () => {
      const access = `X${randomBytes(5).toString('hex').toUpperCase()}`;
      const part = (n: number, passengers: string[]) =>
        paxlstPart({
          reference: freshReference(),
          accessReference: access,
          part: n,
          last: n === 3,
          passengers,
          flightTotal: 5,
        });

      // Part 3 over MQ first, then part 1 over SFTP, part 2 over HTTPS, and part 2 again over MQ.
      await carrier.publish(part(3, ['EVANS']), { messageId: `p3-${id}` });
      await writeFile(join(work, 'part1.edi'), part(1, ['ADAMS', 'BAKER']));
      const upload = await sftpBatch({
        workDir: work,
        key,
        port: harness.sftpPort,
        user: 'DEMO',
        commands: [
          `put ${join(work, 'part1.edi')} inbox/part1.edi`,
          'get outbox/part1.edi.contrl ' + join(work, 'part1.contrl'),
        ],
      });
      const overHttps = await harness.post(part(2, ['CLARK', 'DAVIS']));
      await carrier.publish(part(2, ['CLARK', 'DAVIS']), { messageId: `p2-again-${id}` });

      expect(upload.code).toBe(0);
      expect(existsSync(join(work, 'part1.contrl'))).toBe(true);
      expect(action(await readFile(join(work, 'part1.contrl'), 'latin1'))).toBe('7');
      expect(overHttps.status).toBe(200);
      expect(action(overHttps.body)).toBe('7');
      for (const messageId of [`p3-${id}`, `p2-again-${id}`]) {
        const reply = await eventually(async () => {
          await carrier.drainReplies();
          return carrier.repliesTo(messageId)[0];
        });
        expect(action(reply.contrl)).toBe('7');
      }

      const ofThisManifest = () =>
        jsonHook.received
          .map((r) => JSON.parse(r.body.toString('utf8')) as Manifest)
          .filter((m) => m.message.accessReference === access);
      const manifest = await eventually(() => ofThisManifest()[0], 20000, 'the manifest');
      const raw = await eventually(
        () => rawHook.received.find((r) => r.body.toString('latin1').includes(`+${access}+`)),
        20000,
        'the raw manifest',
      );
      // Before counting: the part sent twice is decided (it cannot make a second manifest now),
      // and a later interchange has reached both hooks (a second delivery would have too).
      await partJournaledAsDuplicate(harness, access);
      const later = await deliverLaterInterchange(harness, 2, [jsonHook, rawHook]);

      expect(ofThisManifest()).toHaveLength(1);
      expect(manifest.travellers.map((t) => t.surname)).toEqual([
        'ADAMS',
        'BAKER',
        'CLARK',
        'DAVIS',
        'EVANS',
      ]);
      expect(manifest.assembly.status).toBe('complete');
      expect(manifest.assembly.parts.map((p) => p.number)).toEqual([1, 2, 3]);
      expect(jsonHook.received.every((r) => r.signatureValid)).toBe(true);
      expect(
        rawHook.received.filter((r) => r.body.toString('latin1').includes(`+${access}+`)),
      ).toHaveLength(1);
      const interchange = readInterchange(raw.body);
      expect(interchange.messages.map((m) => m.part?.number)).toEqual([1, 2, 3]);
      expect(interchange.findings).toEqual([]);

      const { json } = await harness.admin<{
        items: { id: string; channel: string; outcome: string }[];
      }>('GET', '/v1/interchanges?carrier=DEMO&limit=50');
      const parts = json.items.filter((i) => i.id !== later.interchangeId);
      expect(parts.map((i) => i.channel).sort()).toEqual(['https', 'mq', 'mq', 'sftp']);
      expect(parts.every((i) => i.outcome === 'accepted')).toBe(true);
    });
  },
);
