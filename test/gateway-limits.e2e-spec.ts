import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
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
