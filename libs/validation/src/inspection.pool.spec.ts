import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InspectionOutcome } from './inspection.outcome';
import { InspectionPool } from './inspection.pool';

/**
 * A stand-in for the inspection thread in plain JavaScript (the real one runs in the built
 * program: test/poison.e2e-spec.ts): the bytes say what it does.
 */
const SCRIPTED_THREAD = `
  const { parentPort } = require('node:worker_threads');
  parentPort.on('message', (request) => {
    const text = Buffer.from(request.bytes).toString('latin1');
    if (text === 'FOREVER') for (;;);
    if (text === 'HOARD') {
      const hoard = [];
      for (;;) hoard.push(new Array(1e5).fill(hoard.length));
    }
    if (text === 'EXIT') process.exit(3);
    if (text === 'THROW') {
      parentPort.postMessage({ id: request.id, kind: 'failed', error: 'it threw' });
      return;
    }
    parentPort.postMessage({ id: request.id, kind: 'read', reading: { text, now: request.now } });
  });`;
const DIR = mkdtempSync(join(tmpdir(), 'inspection-pool-spec-'));
const SCRIPT = join(DIR, 'scripted-inspection.thread.js');
writeFileSync(SCRIPT, SCRIPTED_THREAD);
afterAll(() => rmSync(DIR, { recursive: true, force: true }));
const NOW = new Date('2026-06-01T12:00:00Z');

function pool(threads = 2, timeBudgetMs = 5000): InspectionPool {
  return new InspectionPool({ script: SCRIPT, threads, timeBudgetMs, memoryBudgetMb: 32 });
}

function textOf(outcome: InspectionOutcome): unknown {
  return outcome.kind === 'read' ? (outcome.reading as unknown as { text: string }).text : outcome;
}

describe(InspectionPool.name, () => {
  let sut: InspectionPool;
  afterEach(() => sut.close());

  it('reads in a thread and answers each inspection with its own reading', async () => {
    sut = pool();
    const answers = await Promise.all(
      ['A', 'B', 'C', 'D', 'E'].map((t) => sut.inspect(Buffer.from(t), NOW)),
    );
    expect(answers.map(textOf)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(sut.threadCount).toBe(2);
  });

  it("takes senders in turn: one sender's many inputs do not hold up another's one", async () => {
    sut = pool(1);
    const order: string[] = [];
    const inspect = (text: string, sender: string) =>
      sut.inspect(Buffer.from(text), NOW, sender).then((o) => order.push(String(textOf(o))));
    await Promise.all([
      inspect('A1', 'A'),
      inspect('A2', 'A'),
      inspect('A3', 'A'),
      inspect('B1', 'B'),
    ]);
    expect(order).toEqual(['A1', 'B1', 'A2', 'A3']);
  });

  it('ends an inspection over its time budget, says so, and goes on with a new thread', async () => {
    sut = pool(1, 300);
    const [stuck, next] = await Promise.all([
      sut.inspect(Buffer.from('FOREVER'), NOW),
      sut.inspect(Buffer.from('after'), NOW),
    ]);
    expect(stuck).toEqual({ kind: 'over-budget', budget: 'time', limit: '300 ms' });
    expect(textOf(next)).toBe('after');
  });

  it('ends an inspection over its memory budget, says so, and goes on', async () => {
    sut = pool(1);
    const hoard = await sut.inspect(Buffer.from('HOARD'), NOW);
    expect(hoard).toEqual({ kind: 'over-budget', budget: 'memory', limit: '32 MB' });
    expect(textOf(await sut.inspect(Buffer.from('after'), NOW))).toBe('after');
  });

  it('answers as failed when the thread ends or the reading throws, and goes on', async () => {
    sut = pool(1);
    expect(await sut.inspect(Buffer.from('EXIT'), NOW)).toEqual({
      kind: 'failed',
      error: 'the inspection thread ended (3)',
    });
    expect(await sut.inspect(Buffer.from('THROW'), NOW)).toEqual({
      kind: 'failed',
      error: 'it threw',
    });
    expect(textOf(await sut.inspect(Buffer.from('after'), NOW))).toBe('after');
  });

  it('ends a thread that read a large input once it has answered, and starts another', async () => {
    sut = new InspectionPool({
      script: SCRIPT,
      threads: 1,
      timeBudgetMs: 5000,
      memoryBudgetMb: 32,
      recycleAfterBytes: 4,
    });
    expect(textOf(await sut.inspect(Buffer.from('large'), NOW))).toBe('large');
    expect(sut.threadCount).toBe(0);
    expect(textOf(await sut.inspect(Buffer.from('next'), NOW))).toBe('next');
    expect(sut.threadCount).toBe(1);
  });

  it('answers inspections still waiting as failed when closed', async () => {
    sut = pool(1, 60000);
    const stuck = sut.inspect(Buffer.from('FOREVER'), NOW);
    const waiting = sut.inspect(Buffer.from('never read'), NOW);
    await sut.close();
    expect(await stuck).toMatchObject({ kind: 'failed' });
    expect(await waiting).toMatchObject({ kind: 'failed' });
  });
});
