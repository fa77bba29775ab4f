import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { request } from 'node:https';
import { createServer, Server } from 'node:net';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually } from './support/paxgate.harness';
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

  /** Starts paxgate; once its banner is out, `whileRunning` (if given) runs, then SIGTERM. */
  function start(
    env: Record<string, string>,
    whileRunning?: (banner: string) => Promise<void>,
  ): Promise<Run & { failure?: unknown }> {
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
      const run: Run & { failure?: unknown } = { code: null, signal: null, stdout: '', stderr: '' };
      let running = false;
      // A start that hangs is a failure too: the test sees it as a kill, not a clean exit.
      const guard = setTimeout(() => child.kill('SIGKILL'), 30000);
      child.stdout.on('data', (d: Buffer) => {
        run.stdout += d.toString();
        if (whileRunning === undefined || running || !run.stdout.includes('paxgate is running')) {
          return;
        }
        running = true;
        void whileRunning(run.stdout)
          .catch((error: unknown) => (run.failure = error))
          .finally(() => child.kill('SIGTERM'));
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
    const run = await start({}, () => Promise.resolve());

    expect(run.stdout).toMatch(/curl --cacert .*pki\/ca\.crt --cert .*DEMO\.crt/);
    expect(run.stdout).toMatch(/admin token: \S{20,}/);
    expect(existsSync(join(dataDir, 'pki', 'ca.crt'))).toBe(true);
    expect(run).toMatchObject({ code: 0, signal: null });
  }, 60000);

  /** POSTs an interchange as the demo carrier (its certificate from the data directory). */
  async function postWithDemoCertificate(url: string, body: Buffer): Promise<string> {
    const pki = join(dataDir, 'pki');
    const [ca, cert, key] = await Promise.all(
      ['ca.crt', 'carriers/DEMO.crt', 'carriers/DEMO.key'].map((f) => readFile(join(pki, f))),
    );
    return new Promise((resolve, reject) => {
      const req = request(
        url,
        { method: 'POST', ca, cert, key, headers: { 'content-type': 'application/edifact' } },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')));
          res.on('end', () => resolve(text));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  // `start` runs the worker role in a thread started from the built CLI itself: this is that path.
  it('delivers the sample it prints, then stops cleanly', async () => {
    const sample = await readFile(join(__dirname, '..', 'config', 'samples', 'demo-paxlst.edi'));
    const delivered = join(dataDir, 'delivered');
    let contrl = '';
    const run = await start({}, async (banner) => {
      const url = /carriers \(mutual TLS\): (\S+)/.exec(banner)?.[1];
      if (url === undefined) throw new Error(`no gateway address in the banner:\n${banner}`);
      contrl = await postWithDemoCertificate(url.replace('localhost', '127.0.0.1'), sample);
      await eventually(
        async () => ((await filesUnder(delivered)).length === 2 ? true : undefined),
        20000,
        'the sample delivered as .edi and .json',
      );
    });

    expect(run.failure).toBeUndefined();
    expect(contrl).toMatch(/UCI\+[^+]+\+DEMO:ZZ\+PAXGATE:ZZ\+7'/);
    const files = await filesUnder(delivered);
    expect(files.map((f) => f.slice(f.lastIndexOf('.'))).sort()).toEqual(['.edi', '.json']);
    const raw = files.find((f) => f.endsWith('.edi')) ?? '';
    expect((await readFile(raw)).equals(sample)).toBe(true);
    expect(run).toMatchObject({ code: 0, signal: null });
  }, 60000);

  it('says in one line that Redis is not answering, and exits 1', async () => {
    const run = await start({ PAXGATE_REDIS_PORT: '1' });

    expect(run).toMatchObject({ code: 1, signal: null });
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('Redis is not answering at 127.0.0.1:1');
  }, 60000);

  it('names the address when a port is taken, and exits 1 leaving nothing running', async () => {
    const taken: Server = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as AddressInfo).port;
    try {
      const run = await start({
        PAXGATE_CONSOLE_HOST: '127.0.0.1',
        PAXGATE_CONSOLE_PORT: String(port),
      });

      expect(run).toMatchObject({ code: 1, signal: null });
      expect(run.stderr).toContain(`paxgate: cannot start: listen EADDRINUSE`);
      expect(run.stderr).toContain(`127.0.0.1:${port}`);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  }, 60000);

  it('refuses a bad setting by naming its key, and exits 2', async () => {
    const run = await start({ PAXGATE_GATEWAY_PORT: 'eighty' });

    expect(run).toMatchObject({ code: 2, signal: null });
    expect(run.stderr).toContain('gateway.port (PAXGATE_GATEWAY_PORT)');
  }, 60000);
});

/** Every file under `dir` (sorted), none when it does not exist yet. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
