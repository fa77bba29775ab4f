import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../config.error';
import { AdminTokenStore } from './admin-token.store';
import { loadConfig } from './load-config';

describe(AdminTokenStore.name, () => {
  let cwd: string;
  beforeEach(() => (cwd = mkdtempSync(join(tmpdir(), 'paxgate-token-'))));
  afterEach(() => rmSync(cwd, { recursive: true, force: true }));

  it('generates a token at first start, keeps it owner-only in the data directory, and reuses it', () => {
    const first = loadConfig({ env: {}, cwd });
    const file = join(cwd, 'data', 'admin-token');

    expect(first.console.adminToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(readFileSync(file, 'utf8')).toBe(`${first.console.adminToken}\n`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadConfig({ env: {}, cwd }).console.adminToken).toBe(first.console.adminToken);
  });

  it('follows PAXGATE_DATA_DIR', () => {
    const sut = loadConfig({ env: { PAXGATE_DATA_DIR: 'state' }, cwd });

    expect(readFileSync(join(cwd, 'state', 'admin-token'), 'utf8').trim()).toBe(
      sut.console.adminToken,
    );
  });

  it('neither writes nor reads the file when a token is configured', () => {
    const sut = loadConfig({ env: { PAXGATE_CONSOLE_ADMIN_TOKEN: 'configured-admin-token' }, cwd });

    expect(sut.console.adminToken).toBe('configured-admin-token');
    expect(() => statSync(join(cwd, 'data', 'admin-token'))).toThrow();
  });

  it('reuses a token an operator put in the file', () => {
    new AdminTokenStore(join(cwd, 'data')).readOrCreate();
    writeFileSync(join(cwd, 'data', 'admin-token'), '  chosen-by-the-operator \n');

    expect(new AdminTokenStore(join(cwd, 'data')).readOrCreate()).toBe('chosen-by-the-operator');
  });

  it('refuses to start on a file that holds no usable token', () => {
    new AdminTokenStore(join(cwd, 'data')).readOrCreate();
    writeFileSync(join(cwd, 'data', 'admin-token'), 'short');

    expect(() => loadConfig({ env: {}, cwd })).toThrow(ConfigError);
    expect(() => loadConfig({ env: {}, cwd })).toThrow(
      /console\.adminToken \(PAXGATE_CONSOLE_ADMIN_TOKEN\) is not set and .*admin-token must hold a token of at least 16 characters/,
    );
  });
});
