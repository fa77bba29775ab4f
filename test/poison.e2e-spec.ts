import { DevelopmentPki, issueCarrierCertificate } from '@app/carriers';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually } from './support/paxgate.harness';
import { PaxgateChildProcess } from './support/paxgate-child.process';
import { largePaxlst, poisonInputs } from './support/poison-inputs';
import { deleteRedisKeys } from './support/redis-keys';
import { demoPaxlst, freshReference } from './support/sample-interchanges';
import { InterchangeSummary } from './support/status-api.types';

interface Identity {
  cert: string;
  key: string;
}

interface Answer {
  status: number;
  body: string;
  ms: number;
}

const ADMIN_TOKEN = 'poison-suite-admin-token-0123456789';

/** What the suite reads of an interchange's story (GET /v1/interchanges/:id). */
interface StoryView {
  interchange: { outcome: string; size: number };
  findings: Array<{ code: string | null; rule: string; text: string }>;
}

/** Memory the process may keep after the poison run, over what it held before it. */
const RSS_BOUND_BYTES = 256 * 1024 * 1024;
/** How soon another carrier's ordinary interchange must be answered meanwhile (the issue's). */
const ANSWER_WITHIN_MS = 5000;

/** The CONTRL's UCI action and code, e.g. '4 18', or '' when the answer holds none. */
function uciOf(body: string): string {
  const uci = /UCI\+[^+']*\+[^+']*\+[^+']*\+(\d)(?:\+(\d+))?/.exec(body);
  return uci === null ? '' : [uci[1], uci[2]].filter(Boolean).join(' ');
}

interface Started {
  dataDir: string;
  paxgate: PaxgateChildProcess;
  ca: string;
  demo: Identity;
  other: Identity;
}

/** The built program with the DEMO and OTHER carriers, and their client certificates. */
async function startPaxgate(prefix: string, env: Record<string, string>): Promise<Started> {
  const dataDir = await mkdtemp(join(tmpdir(), 'paxgate-poison-'));
  const paxgate = await PaxgateChildProcess.start({
    PAXGATE_DATA_DIR: dataDir,
    PAXGATE_GATEWAY_HOST: '127.0.0.1',
    PAXGATE_GATEWAY_PORT: '0',
    PAXGATE_CONSOLE_PORT: '0',
    PAXGATE_CONSOLE_ADMIN_TOKEN: ADMIN_TOKEN,
    PAXGATE_REDIS_PREFIX: prefix,
    PAXGATE_JOURNAL_KIND: 'sqlite',
    PAXGATE_CARRIERS: JSON.stringify([
      { id: 'DEMO', name: 'Demo Airline', senders: ['DEMO', 'LUFTHANSA'] },
      { id: 'OTHER', name: 'Other Air', senders: ['OTHERAIR'] },
    ]),
    ...env,
  });
  const pki = await DevelopmentPki.ensure(join(dataDir, 'pki'));
  const issued = issueCarrierCertificate(pki, 'OTHER', 'Other Air');
  return {
    dataDir,
    paxgate,
    ca: pki.ca.certPem,
    demo: { cert: pki.carriers.DEMO.certPem, key: pki.carriers.DEMO.keyPem },
    other: { cert: issued.certPem, key: issued.keyPem },
  };
}

function postTo(
  paxgate: PaxgateChildProcess,
  ca: string,
  body: Buffer,
  as: Identity,
): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      `${paxgate.gatewayUrl}/v1/interchanges`,
      {
        method: 'POST',
        ca,
        servername: 'localhost',
        ...as,
        headers: { 'content-type': 'application/edifact' },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('latin1'),
            ms: performance.now() - started,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** The journal's story of the interchange a CONTRL answers (its UCI names the reference). */
async function storyOf(paxgate: PaxgateChildProcess, reference: string): Promise<StoryView> {
  const headers = { authorization: `Bearer ${ADMIN_TOKEN}` };
  const list = (await (
    await fetch(`${paxgate.consoleUrl}/v1/interchanges`, { headers })
  ).json()) as { items: InterchangeSummary[] };
  const summary = list.items.find((i) => i.controlReference === reference);
  if (summary === undefined) throw new Error(`no interchange ${reference} in the journal`);
  return (await (
    await fetch(`${paxgate.consoleUrl}/v1/interchanges/${summary.id}`, { headers })
  ).json()) as StoryView;
}

/** True for a CONTRL that rejects its interchange or one of its messages. */
function rejects(body: string): boolean {
  return (
    /\+CONTRL:/.test(body) && (uciOf(body).startsWith('4') || /UCM\+[^']*\+4(\+|')/.test(body))
  );
}

/**
 * The hostile inputs that once crashed or blocked paxgate, against the built program with its
 * inspection threads: each is answered with a CONTRL while another carrier's ordinary
 * interchange is answered at once, and paxgate lives on without keeping what they cost.
 */
describe('poison inputs over HTTPS', () => {
  const prefix = `e2e-poison-${randomBytes(5).toString('hex')}`;
  let dataDir: string;
  let paxgate: PaxgateChildProcess;
  let ca: string;
  let demo: Identity;
  let other: Identity;

  beforeAll(async () => {
    ({ dataDir, paxgate, ca, demo, other } = await startPaxgate(prefix, {}));
  });

  afterAll(async () => {
    await paxgate?.stop();
    await deleteRedisKeys(prefix);
    await rm(dataDir, { recursive: true, force: true });
  });

  function post(body: Buffer, as: Identity): Promise<Answer> {
    return postTo(paxgate, ca, body, as);
  }

  it('answers each with a CONTRL, answers another carrier meanwhile, and lives on', async () => {
    const warm = await post(demoPaxlst(freshReference()), demo);
    expect(uciOf(warm.body)).toBe('7');
    const before = await paxgate.rss();
    const rows: string[] = [];
    for (const input of poisonInputs()) {
      const [poison, normal] = await Promise.all([
        post(input.bytes, demo),
        post(demoPaxlst(freshReference(), 'OTHERAIR'), other),
      ]);
      const rss = await paxgate.rss();
      rows.push(
        `| ${input.name} | ${input.bytes.length} | ${poison.status} UCI ${uciOf(poison.body)}` +
          `, UCM 4 x${(poison.body.match(/UCM\+[^']*\+4(\+|')/g) ?? []).length} | ` +
          `${poison.ms.toFixed(0)} | ${(rss / 2 ** 20).toFixed(0)} | ${normal.ms.toFixed(0)} |`,
      );
      // Each is broken: its CONTRL rejects the interchange (UCI 4) or a message in it (UCM 4).
      expect({ input: input.name, status: poison.status, rejects: rejects(poison.body) }).toEqual({
        input: input.name,
        status: 200,
        rejects: true,
      });
      expect(uciOf(normal.body)).toBe('7');
      expect(normal.ms).toBeLessThan(ANSWER_WITHIN_MS);
    }
    // The table for docs/benchmarks.md and the issue: input, size, answer, time, RSS after.
    console.log(
      [
        `RSS before: ${(before / 2 ** 20).toFixed(0)} MB`,
        '| input | bytes | answer | ms | RSS MB after | other carrier ms |',
        '|---|---|---|---|---|---|',
        ...rows,
      ].join('\n'),
    );
    expect(paxgate.alive).toBe(true);
    const health = await fetch(`${paxgate.consoleUrl}/health`);
    expect(health.status).toBe(200);
    // Threads that read large inputs are ended, and the rest is collected in time.
    await eventually(
      async () => ((await paxgate.rss()) <= before + RSS_BOUND_BYTES ? true : undefined),
      30000,
      `RSS back within ${RSS_BOUND_BYTES / 2 ** 20} MB of ${(before / 2 ** 20).toFixed(0)} MB`,
    );
  });
});

// 40,000 travellers (3 MB) take far more than 48 MB of heap to read; 100,000 (7.5 MB) take
// far longer than 100 ms on any machine (about 4 s here).
describe.each<{ budget: string; env: Record<string, string>; travellers: number }>([
  { budget: 'memory', env: { PAXGATE_INSPECTION_MEMORY_BUDGET_MB: '48' }, travellers: 40000 },
  { budget: 'time', env: { PAXGATE_INSPECTION_TIME_BUDGET_MS: '100' }, travellers: 100000 },
])('an inspection over its $budget budget', ({ budget, env, travellers }) => {
  const prefix = `e2e-budget-${randomBytes(5).toString('hex')}`;
  let started: Started;

  beforeAll(async () => {
    started = await startPaxgate(prefix, env);
  });

  afterAll(async () => {
    await started?.paxgate.stop();
    await deleteRedisKeys(prefix);
    await rm(started.dataDir, { recursive: true, force: true });
  });

  it('is ended: the interchange is journaled, rejected with 18 naming the budget, and paxgate goes on', async () => {
    const { paxgate, ca, demo, other } = started;
    const large = largePaxlst('BUDGET1', travellers);
    const answer = await postTo(paxgate, ca, large, demo);
    expect(answer.status).toBe(200);
    expect(uciOf(answer.body)).toBe('4 18');
    const story = await storyOf(paxgate, 'BUDGET1');
    expect(story.interchange).toMatchObject({ outcome: 'rejected', size: large.length });
    expect(story.findings).toContainEqual(
      expect.objectContaining({ code: '18', rule: `inspection.budget.${budget}` }),
    );
    const next = await postTo(paxgate, ca, demoPaxlst(freshReference(), 'OTHERAIR'), other);
    expect(uciOf(next.body)).toBe('7');
    expect(paxgate.alive).toBe(true);
  });
});
