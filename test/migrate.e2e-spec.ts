import { JOURNAL_MIGRATIONS } from '@app/journal';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { PaxgateChildProcess } from './support/paxgate-child.process';
import { deleteRedisKeys } from './support/redis-keys';

const CLI = join(__dirname, '..', 'dist', 'apps', 'cli', 'main.js');
const POSTGRES_URL =
  process.env.JOURNAL_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const MIGRATIONS = Object.keys(JOURNAL_MIGRATIONS).sort();

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built `paxgate` with `args` to its end. */
function paxgate(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const run: Run = { code: null, stdout: '', stderr: '' };
    const guard = setTimeout(() => child.kill('SIGKILL'), 30000);
    child.stdout.on('data', (d: Buffer) => (run.stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (run.stderr += d.toString()));
    child.on('exit', (code) => {
      clearTimeout(guard);
      resolve({ ...run, code });
    });
  });
}

async function onPostgres(statement: string): Promise<void> {
  const client = new Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * journal.migrate false, as an operator running several gateways sets it: the built program
 * refuses an unmigrated journal, `paxgate migrate` migrates it and says what it applied, and the
 * roles then start on it without migrating.
 */
describe.each(['sqlite', 'postgres'] as const)('paxgate migrate, journal on %s', (kind) => {
  const id = randomBytes(5).toString('hex');
  const prefix = `e2e-migrate-${id}`;
  const database = `e2e_migrate_${id}`;
  let dataDir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    expect(existsSync(CLI)).toBe(true);
    dataDir = await mkdtemp(join(tmpdir(), 'paxgate-migrate-'));
    const journal: Record<string, string> = { PAXGATE_JOURNAL_KIND: kind };
    if (kind === 'postgres') {
      await onPostgres(`create database ${database}`);
      // A password in the URL (the server trusts local clients): the output must not show it.
      const url = new URL(POSTGRES_URL);
      url.password = 'not-to-be-printed';
      url.pathname = `/${database}`;
      journal.PAXGATE_JOURNAL_POSTGRES_URL = url.toString();
    }
    env = {
      ...journal,
      PAXGATE_JOURNAL_MIGRATE: 'false',
      PAXGATE_DATA_DIR: dataDir,
      PAXGATE_GATEWAY_HOST: '127.0.0.1',
      PAXGATE_GATEWAY_PORT: '0',
      PAXGATE_CONSOLE_PORT: '0',
      PAXGATE_REDIS_PREFIX: prefix,
    };
  });

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
    if (kind === 'postgres') await onPostgres(`drop database if exists ${database} with (force)`);
    await deleteRedisKeys(prefix);
  });

  it('refuses to start before `paxgate migrate`, and starts after it', async () => {
    const refused = await paxgate(['start'], env);

    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `paxgate: cannot start: The journal is not at the latest migration (pending: ${MIGRATIONS.join(', ')}); ` +
        'run `paxgate migrate` first, or set journal.migrate to true\n',
    );

    const migrated = await paxgate(['migrate'], env);

    expect(migrated).toMatchObject({ code: 0, stderr: '' });
    const lines = migrated.stdout.trim().split('\n');
    expect(lines.slice(0, -1)).toEqual(MIGRATIONS.map((name) => `applied ${name}`));
    expect(lines.at(-1)).toMatch(
      new RegExp(`is at the latest migration, ${MIGRATIONS.at(-1)}: ${MIGRATIONS.length} applied$`),
    );
    expect(migrated.stdout).not.toContain('not-to-be-printed');

    const again = await paxgate(['migrate'], env);

    expect(again).toMatchObject({ code: 0, stderr: '' });
    expect(again.stdout).toMatch(/is at the latest migration, \S+: nothing to apply\n$/);

    const running = await PaxgateChildProcess.start(env);
    try {
      expect(running.output).toContain('paxgate is running.');
    } finally {
      await running.stop();
    }
  }, 90000);
});
