/**
 * `npm run bench:e2e`: HTTPS carriers on loopback post 20 KB PAXLST interchanges at a rising rate
 * to paxgate (SQLite journal) that delivers each to RabbitMQ. paxgate runs in processes of its
 * own: BENCH_LAYOUT=split is a gateway process and a worker process, as `start:gateway`
 * and `start:worker` deploy it; BENCH_LAYOUT=one (default) is both in one process, as `npm start`.
 * Beside it, the baseline: raw amqplib publish + consume of the same payloads, in the same run.
 * BENCH_FORMAT=json delivers the normalised JSON instead of the bytes (default raw).
 */
import { loadConfig } from '@app/config';
import { Role } from '../apps/server/src/launch/paxgate.launcher';
import {
  isWorkerRoleThread,
  runWorkerRoleThread,
} from '../apps/server/src/worker/worker-thread.entry';
import { isInspectionThread, runInspectionThread } from '@app/validation';
import { connect } from 'amqplib';
import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent, request } from 'node:https';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { amqpBaseline } from './amqp-baseline';
import { CleanupStack } from './cleanup.stack';
import { budgetRows, StageCost } from './cpu-budget';
import { NODE_FLAG, runPaxgateNode } from './paxgate.node';
import { PaxgateProcesses } from './paxgate.processes';
import { findProcess, processCpuMs } from './process-cpu.reader';
import { RedisCpuMeter } from './redis-cpu.meter';
import { generatePaxlst } from './generators/paxlst.generator';
import { percentile } from './percentile';

const AMQP = 'amqp://guest:guest@127.0.0.1:5672';
const RATES = (process.env.BENCH_RATES ?? '100,250,500,750,1000,1250').split(',').map(Number);
const STAGE_SECONDS = Number(process.env.BENCH_STAGE_SECONDS ?? 4);
const MAX_IN_FLIGHT = 256;
/** The target for sustained messages a second. */
const TARGET_RATE = 1000;
const WARM_UP_RATE = 50;
const WARM_UP_SECONDS = Number(process.env.BENCH_WARM_UP_SECONDS ?? 4);
const LAYOUTS: Record<string, Role[][]> = {
  split: [['worker'], ['gateway']],
  one: [['worker', 'gateway']],
};
const LAYOUT = process.env.BENCH_LAYOUT ?? 'one';
const FORMAT = process.env.BENCH_FORMAT ?? 'raw';

interface Sample {
  sentAt: number;
  ackedAt?: number;
  deliveredAt?: number;
  ok: boolean;
  /** Why no answer came (a connection error), if none did. */
  failed?: string;
}

async function main(): Promise<void> {
  const layout = LAYOUTS[LAYOUT];
  if (layout === undefined) throw new Error(`BENCH_LAYOUT is split or one, not '${LAYOUT}'`);
  if (FORMAT !== 'raw' && FORMAT !== 'json') {
    throw new Error(`BENCH_FORMAT is raw or json, not '${FORMAT}'`);
  }
  const cleanup = new CleanupStack();
  cleanup.exitOnSignals();
  try {
    await run(layout, cleanup);
  } finally {
    await cleanup.run();
  }
}

async function run(layout: Role[][], cleanup: CleanupStack): Promise<void> {
  const id = randomBytes(4).toString('hex');
  const dataDir = await mkdtemp(join(tmpdir(), 'paxgate-bench-'));
  cleanup.add('data directory', () => rm(dataDir, { recursive: true, force: true }));
  const exchange = `bench-${id}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PAXGATE_DATA_DIR: dataDir,
    PAXGATE_GATEWAY_HOST: '127.0.0.1',
    PAXGATE_GATEWAY_PORT: '0',
    PAXGATE_CONSOLE_PORT: '0',
    PAXGATE_REDIS_PREFIX: `bench-${id}`,
    PAXGATE_ROUTING: JSON.stringify({
      destinations: [{ kind: 'amqp', name: 'bench', url: AMQP, exchange, format: FORMAT }],
      rules: [{ name: 'all', match: {}, destinations: ['bench'] }],
    }),
  };
  const config = loadConfig({ env });
  cleanup.add('Redis keys', () =>
    cleanRedis(config.redis.host, config.redis.port, config.redis.prefix),
  );
  cleanup.add('exchange', () => deleteExchange(exchange));
  const redisCpu = new RedisCpuMeter(config.redis.host, config.redis.port);
  cleanup.add('Redis CPU meter', () => Promise.resolve(redisCpu.close()));
  // The broker on this machine (Erlang's VM), when it runs here; the rest of its CPU is ours.
  const rabbitPid = findProcess('beam.smp');
  const rabbitCpuMs = (): number => (rabbitPid === undefined ? NaN : processCpuMs(rabbitPid));
  // This process: the HTTPS clients and the AMQP consumer that times deliveries.
  const clientsCpuMs = (): number => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const paxgate = new PaxgateProcesses(env);
  cleanup.add('paxgate processes', () => paxgate.stop());
  await paxgate.start(layout);
  const { pki, gatewayUrl } = paxgate;
  if (!pki || !gatewayUrl) throw new Error('gateway did not start');
  const demo = pki.carriers.DEMO;
  const agent = new Agent({
    keepAlive: true,
    maxSockets: 64,
    ca: pki.ca.certPem,
    cert: demo.certPem,
    key: demo.keyPem,
  });
  // Undone before the processes stop: a gateway closes only once its keep-alive clients go.
  cleanup.add('HTTPS clients', () => Promise.resolve(agent.destroy()));
  const template = generatePaxlst(95).toString('latin1');
  const samples = new Map<string, Sample>();
  const amqp = await connect(AMQP);
  cleanup.add('AMQP connection', () => amqp.close());
  const channel = await amqp.createChannel();
  await channel.assertExchange(exchange, 'topic', { durable: true });
  const { queue } = await channel.assertQueue('', { exclusive: true });
  await channel.bindQueue(queue, exchange, '#');
  await channel.consume(
    queue,
    (m) => {
      if (m === null) return;
      const text = m.content.toString('latin1');
      const ref = (
        FORMAT === 'json'
          ? /"name":"PAXGATE ([^"]+)"/
          : /UNB\+[^']*?\+[^+']*\+[^+']*\+[^+']*\+([^+']+)/
      ).exec(text)?.[1];
      const sample = ref ? samples.get(ref) : undefined;
      if (sample && sample.deliveredAt === undefined) sample.deliveredAt = performance.now();
    },
    { noAck: true },
  );

  let seq = 0;
  let inFlight = 0;
  const post = (ref: string): void => {
    const body = Buffer.from(template.replace(/BENCH0001/g, ref), 'latin1');
    const sample: Sample = { sentAt: performance.now(), ok: false };
    samples.set(ref, sample);
    inFlight++;
    const req = request(
      `${gatewayUrl}/v1/interchanges`,
      {
        method: 'POST',
        agent,
        servername: 'localhost',
        headers: { 'content-type': 'application/edifact' },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          sample.ackedAt = performance.now();
          // Accepted: the UCI names this interchange with action 7 (an interchange-level
          // rejection has no UCM, so the absence of UCM alone would not do).
          const answer = Buffer.concat(chunks).toString('latin1');
          sample.ok =
            res.statusCode === 200 && new RegExp(`UCI\\+${ref}\\+[^']*\\+7'`).test(answer);
          if (!sample.ok) {
            // Grouped by what went wrong, not by the reference each answer names.
            const uci = /UCI\+[^']*\+(\d+)'/.exec(answer)?.[1];
            sample.failed =
              uci !== undefined
                ? `CONTRL with action ${uci}`
                : `HTTP ${res.statusCode}: ${answer.slice(0, 120)}`;
          }
          inFlight--;
        });
      },
    );
    req.on('error', (error) => {
      sample.failed = error.message;
      inFlight--;
    });
    req.end(body);
  };

  const runStage = async (
    rate: number,
    seconds: number,
  ): Promise<{ row: Record<string, string>; cost: StageCost }> => {
    const refs: string[] = [];
    const cpuBefore = paxgate.cpuMs();
    const redisCpuBefore = await redisCpu.cpuMs();
    const rabbitCpuBefore = rabbitCpuMs();
    const clientsCpuBefore = clientsCpuMs();
    const started = performance.now();
    const total = rate * seconds;
    for (let i = 0; i < total; i++) {
      const due = started + (i * 1000) / rate;
      // Sleep rather than spin: on two cores a spinning client takes one from paxgate.
      while (performance.now() < due || inFlight >= MAX_IN_FLIGHT) {
        await new Promise((r) => setTimeout(r, 1));
      }
      if (cleanup.begun) break;
      // Upper case: the interchange declares UNOA, which has no lower-case letters.
      const ref = `B${id.slice(0, 4).toUpperCase()}${String(++seq).padStart(8, '0')}`;
      refs.push(ref);
      post(ref);
    }
    const drainUntil = performance.now() + 20_000;
    const pending = () =>
      refs.some((r) => {
        const s = samples.get(r) as Sample;
        return (
          (s.ackedAt === undefined && s.failed === undefined) ||
          (s.ok && s.deliveredAt === undefined)
        );
      });
    while (performance.now() < drainUntil && pending() && !cleanup.begun) {
      await new Promise((r) => setTimeout(r, 20));
    }
    const cpuMs = paxgate.cpuMs().map((ms, i) => ms - cpuBefore[i]);
    const redisCpuMs = (await redisCpu.cpuMs()) - redisCpuBefore;
    const rabbitMs = rabbitCpuMs() - rabbitCpuBefore;
    const clientsMs = clientsCpuMs() - clientsCpuBefore;
    const stage = refs.map((r) => samples.get(r) as Sample);
    const acked = stage.filter((s) => s.ackedAt !== undefined && s.ok);
    const delivered = stage.filter((s) => s.deliveredAt !== undefined);
    const costOf = (ms: number): number => ms / Math.max(1, delivered.length);
    const perMessage = (ms: number): string => costOf(ms).toFixed(2);
    const cost: StageCost = {
      offered: rate,
      paxgate: costOf(cpuMs.reduce((a, b) => a + b, 0)),
      redis: costOf(redisCpuMs),
      rabbitmq: costOf(rabbitMs),
      clients: costOf(clientsMs),
    };
    const lastAck = Math.max(...acked.map((s) => s.ackedAt as number));
    const lastDelivery = Math.max(...delivered.map((s) => s.deliveredAt as number));
    const row = {
      'offered msg/s': String(rate),
      'acked msg/s': (acked.length / ((lastAck - started) / 1000)).toFixed(0),
      'delivered msg/s': (delivered.length / ((lastDelivery - started) / 1000)).toFixed(0),
      'CONTRL p50 ms': percentile(
        acked.map((s) => (s.ackedAt as number) - s.sentAt),
        0.5,
      ).toFixed(1),
      'CONTRL p99 ms': percentile(
        acked.map((s) => (s.ackedAt as number) - s.sentAt),
        0.99,
      ).toFixed(1),
      'delivery p50 ms': percentile(
        delivered.map((s) => (s.deliveredAt as number) - s.sentAt),
        0.5,
      ).toFixed(1),
      'delivery p99 ms': percentile(
        delivered.map((s) => (s.deliveredAt as number) - s.sentAt),
        0.99,
      ).toFixed(1),
      'paxgate CPU ms/msg': cost.paxgate.toFixed(2),
      // Processes in the layout's order: split is worker | gateway.
      'by process': cpuMs.map(perMessage).join(' | '),
      // What else the machine spent on each message: its two cores are shared by all of these.
      'Redis | RabbitMQ | clients CPU ms/msg': [cost.redis, cost.rabbitmq, cost.clients]
        .map((ms) => (Number.isNaN(ms) ? '-' : ms.toFixed(2)))
        .join(' | '),
      // After the drain: sent without an answer / answered other than 7 / accepted, not delivered.
      'unanswered / not 7 / undelivered': [
        stage.filter((s) => s.ackedAt === undefined).length,
        stage.filter((s) => s.ackedAt !== undefined && !s.ok).length,
        stage.filter((s) => s.ok && s.deliveredAt === undefined).length,
      ].join(' / '),
    };
    return { row, cost };
  };

  // Not reported: the first messages find paxgate's code not yet compiled by the JIT.
  await runStage(WARM_UP_RATE, WARM_UP_SECONDS);
  const stages: Array<{ row: Record<string, string>; cost: StageCost }> = [];
  for (const rate of RATES) stages.push(await runStage(rate, STAGE_SECONDS));
  const rows = stages.map((stage) => stage.row);
  // Stopped by a signal: the cleanup under way exits; nothing measured is worth printing.
  if (cleanup.begun) return;
  agent.destroy();
  await paxgate.stop();
  const payloads = Array.from({ length: 2000 }, (_, i) =>
    Buffer.from(template.replace(/BENCH0001/g, `BASE${String(i).padStart(6, '0')}`), 'latin1'),
  );
  const baseline = await amqpBaseline(AMQP, payloads, `bench-baseline-${id}`);

  const best = Math.max(...rows.map((r) => Number(r['delivered msg/s'])));
  console.log(
    `node ${process.version}; ${template.length} byte PAXLST; ${STAGE_SECONDS}s per stage; SQLite journal; one AMQP destination (${FORMAT}); layout ${LAYOUT} (${layout.map((r) => r.join('+')).join(' | ')})`,
  );
  console.table(rows);
  const failures = new Map<string, number>();
  for (const sample of samples.values()) {
    if (sample.failed !== undefined) {
      failures.set(sample.failed, (failures.get(sample.failed) ?? 0) + 1);
    }
  }
  for (const [why, count] of failures) console.log(`not accepted (${count}): ${why}`);
  console.table([
    {
      'raw amqplib baseline msg/s': baseline.toFixed(0),
      'best paxgate delivered msg/s': best.toFixed(0),
      'paxgate / baseline': (best / baseline).toFixed(2),
    },
  ]);
  // What the measured costs allow on this machine, whatever paxgate's own code does next.
  const costs = stages.map((stage) => stage.cost);
  console.table(budgetRows(costs, availableParallelism(), TARGET_RATE));
  console.log(
    `targets: >= ${TARGET_RATE} msg/s sustained; CONTRL p99 < 25 ms at ${TARGET_RATE / 2} msg/s; delivery >= 0.5 x baseline`,
  );
}

async function deleteExchange(exchange: string): Promise<void> {
  const amqp = await connect(AMQP);
  try {
    await (await amqp.createChannel()).deleteExchange(exchange);
  } finally {
    await amqp.close();
  }
}

async function cleanRedis(host: string, port: number, prefix: string): Promise<void> {
  const redis = new Redis({ host, port });
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  redis.disconnect();
}

if (isInspectionThread()) {
  // Each paxgate process inspects interchanges in threads of this same bundle.
  runInspectionThread();
} else if (isWorkerRoleThread()) {
  // Layout `one`: the paxgate process runs its worker role in a thread of this same bundle.
  void runWorkerRoleThread();
} else if (process.argv[2] === NODE_FLAG) {
  void runPaxgateNode((process.argv[3] ?? '').split(',') as Role[]);
} else {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
