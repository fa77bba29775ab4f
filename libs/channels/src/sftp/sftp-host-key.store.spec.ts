import { execFileSync } from 'node:child_process';
import { chmod, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { utils } from 'ssh2';
import { SftpHostKeyStore } from './sftp-host-key.store';

describe(SftpHostKeyStore.name, () => {
  let dir: string;
  let file: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sftp-host-key-'));
    file = join(dir, 'sftp', 'host-key');
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('generates an ed25519 key on first start, private key mode 0600, public key beside it', async () => {
    const key = await new SftpHostKeyStore(file).ensure();

    expect(key.publicKey).toMatch(/^ssh-ed25519 [A-Za-z0-9+/=]+ paxgate-sftp-host-key$/);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await readFile(`${file}.pub`, 'utf8')).trim()).toBe(key.publicKey);
    const parsed = utils.parseKey(await readFile(file));
    expect(parsed instanceof Error ? parsed.message : parsed.isPrivateKey()).toBe(true);
  });

  it('keeps the key: a second start reuses it', async () => {
    const first = await new SftpHostKeyStore(file).ensure();

    const second = await new SftpHostKeyStore(file).ensure();

    expect(second).toEqual(first);
  });

  it('gives the fingerprint ssh-keygen prints', async () => {
    const key = await new SftpHostKeyStore(file).ensure();

    const printed = execFileSync('ssh-keygen', ['-lf', `${file}.pub`], { encoding: 'utf8' });
    expect(printed.split(' ')[1]).toBe(key.fingerprint);
  });

  it('tightens a kept key that others could read, and rewrites a missing .pub', async () => {
    const first = await new SftpHostKeyStore(file).ensure();
    await chmod(file, 0o644);
    await rm(`${file}.pub`);

    const second = await new SftpHostKeyStore(file).ensure();

    expect(second.fingerprint).toBe(first.fingerprint);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await readFile(`${file}.pub`, 'utf8')).trim()).toBe(first.publicKey);
  });

  it('refuses to start on a file that is not a private key, naming it', async () => {
    await new SftpHostKeyStore(file).ensure();
    const publicOnly = new SftpHostKeyStore(`${file}.pub`);

    await expect(publicOnly.ensure()).rejects.toThrow(`${file}.pub is not a usable private key`);
  });

  it('two starts at once end with one key', async () => {
    const [a, b] = await Promise.all([
      new SftpHostKeyStore(file).ensure(),
      new SftpHostKeyStore(file).ensure(),
    ]);

    expect(a.fingerprint).toBe(b.fingerprint);
    expect((await readdir(join(dir, 'sftp'))).sort()).toEqual(['host-key', 'host-key.pub']);
  });
});
