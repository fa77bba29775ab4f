import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from './load-config';

describe(loadConfig.name, () => {
  let cwd: string;
  beforeEach(() => (cwd = mkdtempSync(join(tmpdir(), 'paxgate-config-'))));
  afterEach(() => rmSync(cwd, { recursive: true, force: true }));

  const writeJson = (file: string, value: unknown): string => {
    const path = join(cwd, file);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, JSON.stringify(value));
    return path;
  };

  it('uses the built-in defaults when there is no file and no variable', () => {
    const sut = loadConfig({ env: {}, cwd });

    expect(sut.data.dir).toBe(join(cwd, 'data'));
    expect(sut.gateway).toEqual({
      host: '0.0.0.0',
      port: 8443,
      bodyLimitBytes: 20 * 1024 * 1024,
      headersTimeoutMs: 10000,
      requestTimeoutMs: 60000,
      keepAliveTimeoutMs: 5000,
    });
    expect(sut.console).toMatchObject({ host: '127.0.0.1', port: 8080 });
    expect(sut.journal).toEqual({
      kind: 'sqlite',
      sqliteFile: join(cwd, 'data', 'journal.sqlite'),
      migrate: true,
    });
    expect(sut.redis).toEqual({ host: '127.0.0.1', port: 6379, prefix: 'paxgate' });
    expect(sut.delivery).toEqual({
      attempts: 5,
      backoffMs: 1000,
      maxBackoffMs: 60000,
      webhookTimeoutMs: 10000,
    });
    expect(sut.outbox).toEqual({ sweepIntervalMs: 5000, staleAfterMs: 10000 });
    expect(sut.jobs).toEqual({ lockMs: 30000, stalledCheckMs: 15000, concurrency: 16 });
    expect(sut.carriers).toEqual([
      { id: 'DEMO', name: 'Demo Airline', senders: ['DEMO', 'LUFTHANSA'] },
    ]);
    expect(sut.routing.destinations).toEqual([
      { kind: 'directory', name: 'local', path: join(cwd, 'data', 'delivered'), format: 'json' },
      { kind: 'directory', name: 'local-raw', path: join(cwd, 'data', 'delivered'), format: 'raw' },
    ]);
    expect(sut.routing.rules).toEqual([
      { name: 'everything', match: {}, destinations: ['local', 'local-raw'] },
    ]);
  });

  it('is frozen, so no service can change what another one sees', () => {
    const sut = loadConfig({ env: {}, cwd });

    expect(Object.isFrozen(sut.gateway)).toBe(true);
    expect(Object.isFrozen(sut.routing.destinations[0])).toBe(true);
  });

  it('layers config/default.json, then PAXGATE_CONFIG_FILE, then variables', () => {
    writeJson('config/default.json', {
      gateway: { host: '127.0.0.1', port: 9000, bodyLimitBytes: 1000 },
      redis: { host: 'from-default-file' },
    });
    writeJson('site/paxgate.json', { gateway: { port: 9443 }, redis: { prefix: 'site' } });

    const sut = loadConfig({
      cwd,
      env: { PAXGATE_CONFIG_FILE: 'site/paxgate.json', PAXGATE_GATEWAY_PORT: '10443' },
    });

    expect(sut.gateway).toEqual({
      host: '127.0.0.1',
      port: 10443,
      bodyLimitBytes: 1000,
      headersTimeoutMs: 10000,
      requestTimeoutMs: 60000,
      keepAliveTimeoutMs: 5000,
    });
    expect(sut.redis).toEqual({ host: 'from-default-file', port: 6379, prefix: 'site' });
  });

  it('reads every scalar key from PAXGATE_<GROUP>_<KEY>', () => {
    const sut = loadConfig({
      cwd,
      env: {
        PAXGATE_GATEWAY_BODY_LIMIT_BYTES: '4096',
        PAXGATE_GATEWAY_HEADERS_TIMEOUT_MS: '2000',
        PAXGATE_GATEWAY_REQUEST_TIMEOUT_MS: '30000',
        PAXGATE_GATEWAY_KEEP_ALIVE_TIMEOUT_MS: '1000',
        PAXGATE_CONSOLE_ADMIN_TOKEN: 'a-token-of-sufficient-length',
        PAXGATE_JOURNAL_KIND: 'postgres',
        PAXGATE_JOURNAL_POSTGRES_URL: 'postgres://paxgate@db/paxgate',
        PAXGATE_JOURNAL_MIGRATE: 'false',
        PAXGATE_REDIS_HOST: ' redis.internal ',
        PAXGATE_DELIVERY_MAX_BACKOFF_MS: '120000',
        PAXGATE_OUTBOX_STALE_AFTER_MS: '0',
        PAXGATE_REDIS_PREFIX: '',
      },
    });

    expect(sut.gateway).toMatchObject({
      bodyLimitBytes: 4096,
      headersTimeoutMs: 2000,
      requestTimeoutMs: 30000,
      keepAliveTimeoutMs: 1000,
    });
    expect(sut.console.adminToken).toBe('a-token-of-sufficient-length');
    expect(sut.journal).toMatchObject({
      kind: 'postgres',
      postgresUrl: 'postgres://paxgate@db/paxgate',
      migrate: false,
    });
    expect(sut.redis).toEqual({ host: 'redis.internal', port: 6379, prefix: 'paxgate' });
    expect(sut.delivery.maxBackoffMs).toBe(120000);
    expect(sut.outbox.staleAfterMs).toBe(0);
  });

  it('replaces carriers and routing as a whole from JSON variables', () => {
    writeJson('config/default.json', {
      carriers: [{ id: 'LH', name: 'Lufthansa', senders: ['LH'] }],
    });
    const routing = {
      destinations: [{ kind: 'directory', name: 'out', path: '/srv/out', format: 'raw' }],
      rules: [{ name: 'paxlst', match: { messageTypes: ['PAXLST'] }, destinations: ['out'] }],
    };

    const sut = loadConfig({
      cwd,
      env: {
        PAXGATE_CARRIERS: JSON.stringify([{ id: 'AF', name: 'Air France', senders: ['AF'] }]),
        PAXGATE_ROUTING: JSON.stringify(routing),
      },
    });

    expect(sut.carriers).toEqual([{ id: 'AF', name: 'Air France', senders: ['AF'] }]);
    expect(sut.routing).toEqual(routing);
  });

  it('counts an empty PAXGATE_ROUTING as unset (an empty PAXGATE_CARRIERS is an error)', () => {
    const sut = loadConfig({ cwd, env: { PAXGATE_ROUTING: ' ' } });

    expect(sut.routing.rules.map((r) => r.name)).toEqual(['everything']);
  });

  it('moves every derived path with PAXGATE_DATA_DIR', () => {
    const dataDir = join(cwd, 'elsewhere');

    const sut = loadConfig({ cwd, env: { PAXGATE_DATA_DIR: dataDir } });

    expect(sut.data.dir).toBe(dataDir);
    expect(sut.journal.sqliteFile).toBe(join(dataDir, 'journal.sqlite'));
    expect(sut.routing.destinations.map((d) => d.kind === 'directory' && d.path)).toEqual([
      join(dataDir, 'delivered'),
      join(dataDir, 'delivered'),
    ]);
  });

  it('keeps absolute paths and an in-memory journal as given', () => {
    const sut = loadConfig({
      cwd,
      env: { PAXGATE_DATA_DIR: 'var', PAXGATE_JOURNAL_SQLITE_FILE: ':memory:' },
    });

    expect(sut.data.dir).toBe(join(cwd, 'var'));
    expect(sut.journal.sqliteFile).toBe(':memory:');
  });

  it('treats null in a file as "not set"', () => {
    writeJson('config/default.json', {
      journal: { postgresUrl: null },
      console: { adminToken: null },
    });

    const sut = loadConfig({ cwd, env: {} });

    expect(sut.journal.postgresUrl).toBeUndefined();
    expect(sut.console.adminToken).toHaveLength(43);
  });
});
