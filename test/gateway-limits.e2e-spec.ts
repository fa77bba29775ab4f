import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { GatewaySocket } from './support/gateway-socket.client';
import { eventually, JournalKind, PaxgateHarness } from './support/paxgate.harness';
import { demoPaxlst, freshReference } from './support/sample-interchanges';

interface Answer {
  interchangeId: string;
  outcome: string;
  findings: Array<{ code: string; rule: string; message: string }>;
  contrl: string;
}
interface Story {
  interchange: { id: string; outcome: string; size: number };
  findings: Array<{ code: string; rule: string }>;
  deliveries: unknown[];
}

const LIMIT = 4096;
/** Far under the headers and request timeouts: a close within it is the server's answer. */
const BOUND_MS = 5000;
const HEAD = 'POST /v1/interchanges HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n';

/** The status, headers and JSON body of the one answer on a connection the server closed. */
function answerOf(text: string): { status: number; head: string; json: Answer } {
  const split = text.indexOf('\r\n\r\n');
  return {
    status: Number(text.slice(9, 12)),
    head: text.slice(0, split),
    json: JSON.parse(text.slice(split + 4)) as Answer,
  };
}

/** What the HTTPS channel does with bodies it must not take as they are. */
describe.each<[JournalKind]>([['sqlite'], ['postgres']])(
  'HTTPS channel limits with the %s journal',
  (journal) => {
    let harness: PaxgateHarness;

    beforeAll(async () => {
      harness = await PaxgateHarness.start({
        journal,
        roles: ['gateway', 'worker', 'console'],
        destinations: [{ kind: 'directory', name: 'local', path: 'delivered', format: 'raw' }],
        env: { PAXGATE_GATEWAY_BODY_LIMIT_BYTES: String(LIMIT) },
      });
    });

    afterAll(async () => {
      await harness?.stop();
    });

    it('answers a body over the limit with 413 and a CONTRL, journals the rejection, routes nothing', async () => {
      const sample = demoPaxlst(freshReference());
      const body = Buffer.concat([sample, Buffer.alloc(LIMIT, 0x20)]);

      const answer = await harness.post(body, 'demo', 'application/json');

      expect(answer.status).toBe(413);
      const json = JSON.parse(answer.body) as Answer;
      expect(json.outcome).toBe('rejected');
      expect(json.findings).toContainEqual(
        expect.objectContaining({ code: '18', rule: 'gateway.size' }),
      );
      expect(json.contrl).toMatch(/UCI\+[^']*\+4\+18\+UNB'/);
      const story = (await harness.admin<Story>('GET', `/v1/interchanges/${json.interchangeId}`))
        .json;
      expect(story.interchange.outcome).toBe('rejected');
      expect(story.findings).toContainEqual(expect.objectContaining({ rule: 'gateway.size' }));
      expect(story.deliveries).toEqual([]);
    });

    it.each([
      ['declared with Content-Length', true],
      ['sent chunked', false],
    ])(
      'answers a body over the limit %s before reading it all, then closes the connection',
      async (_case, declared) => {
        // An interchange cut inside its first message: no UNZ in the head, but the UNB whole.
        const reference = freshReference();
        const first = Buffer.concat([
          demoPaxlst(reference).subarray(0, 120),
          Buffer.alloc(LIMIT, 0x58),
        ]);
        const whole = first.length + 10 * LIMIT;
        const client = new GatewaySocket(harness.gatewayUrl, harness.pki);
        expect(await client.handshaken()).toBeUndefined();

        await client.write(
          declared
            ? `${HEAD}Content-Length: ${whole}\r\n\r\n`
            : `${HEAD}Transfer-Encoding: chunked\r\n\r\n${first.length.toString(16)}\r\n`,
        );
        await client.write(first);
        await client.closedWithin(BOUND_MS);

        expect(client.socket.bytesWritten).toBeLessThan(whole);
        const answer = answerOf(client.text);
        expect(answer.status).toBe(413);
        expect(answer.head).toMatch(/\r\nConnection: close(\r\n|$)/i);
        expect(answer.json.contrl).toContain(`UCI+${reference}+DEMO:ZZ+PAXGATE:ZZ+4+18+UNB'`);
        const size = answer.json.findings.find((f) => f.rule === 'gateway.size');
        expect(size?.code).toBe('18');
        expect(size?.message).toMatch(
          declared ? new RegExp(`is ${whole} bytes, over `) : /is over this channel's limit/,
        );
        const story = (
          await harness.admin<Story>('GET', `/v1/interchanges/${answer.json.interchangeId}`)
        ).json;
        expect(story.interchange.outcome).toBe('rejected');
        expect(story.deliveries).toEqual([]);
        client.destroy();
      },
    );

    it('journals and rejects an interchange with NUL bytes in its header, with a CONTRL', async () => {
      const reference = freshReference();
      const body = Buffer.from(
        demoPaxlst(reference).toString('latin1').replace(`+${reference}+`, `+${reference}\u0000+`),
        'latin1',
      );

      const answer = await harness.post(body, 'demo', 'application/json');

      expect(answer.status).toBe(200);
      const json = JSON.parse(answer.body) as Answer;
      expect(json.outcome).toBe('rejected');
      expect(json.contrl).toMatch(/UCI\+[^']*\+4/);
      const story = (await harness.admin<Story>('GET', `/v1/interchanges/${json.interchangeId}`))
        .json;
      expect(story.interchange.outcome).toBe('rejected');
      expect(story.deliveries).toEqual([]);
    });

    it('takes text/plain and application/octet-stream as well as application/edifact', async () => {
      for (const type of ['text/plain', 'application/octet-stream; charset=binary']) {
        const answer = await harness.post(
          demoPaxlst(freshReference()),
          'demo',
          'application/json',
          type,
        );

        expect(answer.status).toBe(200);
        expect((JSON.parse(answer.body) as Answer).outcome).toBe('accepted');
      }
      const delivered = join(harness.config.data.dir, 'delivered');
      await eventually(
        () =>
          existsSync(delivered) &&
          readdirSync(delivered, { recursive: true }).filter((f) => String(f).endsWith('.edi'))
            .length >= 2
            ? true
            : undefined,
        15000,
        'both accepted interchanges delivered',
      );
    });

    it('refuses another content type with 415, naming the ones it takes', async () => {
      const answer = await harness.post(
        demoPaxlst(freshReference()),
        'demo',
        'application/json',
        'application/xml',
      );

      expect(answer.status).toBe(415);
      expect(answer.body).toContain('application/edifact, text/plain, application/octet-stream');
      expect(answer.body).toContain('application/xml');
    });
  },
);

/** A head cut before its UNB is still journaled and answered, naming what is missing. */
describe('HTTPS channel with a limit shorter than a UNB header', () => {
  let harness: PaxgateHarness;

  beforeAll(async () => {
    harness = await PaxgateHarness.start({
      journal: 'sqlite',
      roles: ['gateway', 'console'],
      destinations: [{ kind: 'directory', name: 'local', path: 'delivered', format: 'raw' }],
      env: { PAXGATE_GATEWAY_BODY_LIMIT_BYTES: '16' },
    });
  });

  afterAll(async () => {
    await harness?.stop();
  });

  it('answers 413 with a CONTRL naming the size, and journals the missing UNB', async () => {
    const answer = await harness.post(demoPaxlst(freshReference()), 'demo', 'application/json');

    expect(answer.status).toBe(413);
    const json = JSON.parse(answer.body) as Answer;
    expect(json.outcome).toBe('rejected');
    expect(json.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['18']));
    expect(json.contrl).toMatch(/UCI\+[^']*\+4\+18\+UNB'/);
    expect(json.findings).toContainEqual(
      expect.objectContaining({ code: '13', rule: 'envelope.unb.sender' }),
    );
    const story = (await harness.admin<Story>('GET', `/v1/interchanges/${json.interchangeId}`))
      .json;
    expect(story.interchange.outcome).toBe('rejected');
  });
});
