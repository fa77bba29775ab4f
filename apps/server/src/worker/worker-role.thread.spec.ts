import { loadConfig, validateConfig } from '@app/config';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { WorkerRoleThread } from './worker-role.thread';

// An admin token set: loading the configuration then writes no token file anywhere.
const config = loadConfig({
  env: { PAXGATE_CONSOLE_ADMIN_TOKEN: 'worker-thread-spec-token', PAXGATE_JOURNAL_KIND: 'sqlite' },
});

/**
 * Threads that play the worker role's side of the conversation in plain JavaScript (the real
 * one, runWorkerRoleThread, runs in the built program: test/start.e2e-spec.ts).
 */
const THREADS = {
  ready: `
    const { parentPort } = require('node:worker_threads');
    parentPort.postMessage({ kind: 'ready' });
    parentPort.on('message', (m) => {
      if (m !== 'stop') return;
      parentPort.postMessage({ kind: 'closed' });
      setInterval(() => undefined, 1000); // a handle left open: close() must still end the thread
    });`,
  failing: `
    require('node:worker_threads').parentPort.postMessage({ kind: 'failed', error: 'redis down' });
    setInterval(() => undefined, 1000); // what a failed start left open`,
  ending: `process.exit(3);`,
  dying: `
    const { parentPort } = require('node:worker_threads');
    parentPort.postMessage({ kind: 'ready' });
    setTimeout(() => { throw new Error('bug in a job'); }, 20);`,
};

describe('WorkerRoleThread', () => {
  let dir: string;
  const script = (name: keyof typeof THREADS): string => {
    const file = join(dir, `${name}.js`);
    writeFileSync(file, THREADS[name]);
    return file;
  };
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'paxgate-thread-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('starts once the thread reports the role running, and on close waits for it, then ends it', async () => {
    const thread = await WorkerRoleThread.start(config, script('ready'), ['error']);
    const terminate = jest.spyOn(Worker.prototype, 'terminate');
    await thread.close();
    expect(terminate).toHaveBeenCalledTimes(1);
    await expect(terminate.mock.results[0].value).resolves.toBe(1);
    terminate.mockRestore();
  });

  it('rejects with what the thread reports when the role cannot start, and ends the thread', async () => {
    const terminate = jest.spyOn(Worker.prototype, 'terminate');
    await expect(WorkerRoleThread.start(config, script('failing'), ['error'])).rejects.toThrow(
      'redis down',
    );
    expect(terminate).toHaveBeenCalledTimes(1);
    await expect(terminate.mock.results[0].value).resolves.toBe(1);
    terminate.mockRestore();
  });

  it('rejects when the thread ends before it reports', async () => {
    await expect(WorkerRoleThread.start(config, script('ending'), false)).rejects.toThrow(
      'the worker thread ended (3) before it was running',
    );
  });

  it('tells the launcher when the thread fails after it started, and not when it is closed', async () => {
    const lost = jest.fn<void, [string]>();
    await WorkerRoleThread.start(config, script('dying'), false, lost);
    // The thread's end is the last thing a thread does: wait for it, then count.
    for (let i = 0; i < 1000 && !lost.mock.calls.some(([why]) => why.includes('ended')); i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(lost.mock.calls.map(([why]) => why)).toEqual([
      "the worker role's thread failed: bug in a job",
      "the worker role's thread ended (1)",
    ]);

    const quiet = jest.fn<void, [string]>();
    await (await WorkerRoleThread.start(config, script('ready'), false, quiet)).close();
    expect(quiet).not.toHaveBeenCalled();
  });

  it('hands the thread a configuration that validates back to the same one', () => {
    // What the thread receives: the structured clone of the configuration's data.
    const received = structuredClone({ ...config }) as Record<string, unknown>;
    const outcome = validateConfig(received);
    expect(outcome.problems).toEqual([]);
    expect(outcome.config).toStrictEqual(config);
  });
});
