import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, Server } from 'node:net';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deleteRedisKeys } from './support/redis-keys';

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

const CLI = join(__dirname, '..', 'dist', 'apps', 'cli', 'main.js');

/**
 * `paxgate start` as a newcomer runs it (the built app, the way `npm start` does): it prints the
 * banner and stops on SIGTERM; a start that cannot work says why in one line and exits.
 */
describe('paxgate start', () => {
  let dataDir: string;
  const prefix = `e2e-start-${randomBytes(5).toString('hex')}`;

  beforeAll(async () => {
    expect(existsSync(CLI)).toBe(true);
    dataDir = await mkdtemp(join(tmpdir(), 'paxgate-start-'));
  });

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
    await deleteRedisKeys(prefix);
  });

  function start(env: Record<string, string>, stopOnBanner: boolean): Promise<Run> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [CLI, 'start'], {
        env: {
          ...process.env,
          PAXGATE_DATA_DIR: dataDir,
          PAXGATE_GATEWAY_HOST: '127.0.0.1',
          PAXGATE_GATEWAY_PORT: '0',
          PAXGATE_CONSOLE_PORT: '0',
          PAXGATE_REDIS_PREFIX: prefix,
          ...env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const run: Run = { code: null, signal: null, stdout: '', stderr: '' };
      // A start that hangs is a failure too: the test sees it as a kill, not a clean exit.
      const guard = setTimeout(() => child.kill('SIGKILL'), 30000);
      child.stdout.on('data', (d: Buffer) => {
        run.stdout += d.toString();
        if (stopOnBanner && run.stdout.includes('paxgate is running')) child.kill('SIGTERM');
      });
      child.stderr.on('data', (d: Buffer) => (run.stderr += d.toString()));
      child.on('exit', (code, signal) => {
        clearTimeout(guard);
        Object.assign(run, { code, signal });
        resolve(run);
      });
    });
  }

  it('prints the curl command and the admin token, and stops cleanly on SIGTERM', async () => {
    const run = await start({}, true);

    expect(run.stdout).toMatch(/curl --cacert .*pki\/ca\.crt --cert .*DEMO\.crt/);
    expect(run.stdout).toMatch(/admin token: \S{20,}/);
    expect(existsSync(join(dataDir, 'pki', 'ca.crt'))).toBe(true);
    expect(run).toMatchObject({ code: 0, signal: null });
  }, 60000);

  it('says in one line that Redis is not answering, and exits 1', async () => {
    const run = await start({ PAXGATE_REDIS_PORT: '1' }, false);

    expect(run).toMatchObject({ code: 1, signal: null });
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('Redis is not answering at 127.0.0.1:1');
  }, 60000);

  it('names the address when a port is taken, and exits 1 leaving nothing running', async () => {
    const taken: Server = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as AddressInfo).port;
    try {
      const run = await start(
        { PAXGATE_CONSOLE_HOST: '127.0.0.1', PAXGATE_CONSOLE_PORT: String(port) },
        false,
      );

      expect(run).toMatchObject({ code: 1, signal: null });
      expect(run.stderr).toContain(`paxgate: cannot start: listen EADDRINUSE`);
      expect(run.stderr).toContain(`127.0.0.1:${port}`);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  }, 60000);

  it('refuses a bad setting by naming its key, and exits 2', async () => {
    const run = await start({ PAXGATE_GATEWAY_PORT: 'eighty' }, false);

    expect(run).toMatchObject({ code: 2, signal: null });
    expect(run.stderr).toContain('gateway.port (PAXGATE_GATEWAY_PORT)');
  }, 60000);
});
