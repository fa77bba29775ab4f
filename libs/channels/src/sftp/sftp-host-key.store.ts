import { sshHostKeySha256 } from '@app/routing';
import { randomBytes } from 'node:crypto';
import { chmod, link, mkdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { utils } from 'ssh2';
import { generateEd25519KeyPair } from './ed25519-key.generator';
import { SftpHostKey } from './sftp-host.key';

const COMMENT = 'paxgate-sftp-host-key';

/**
 * The server's host key: generated (ed25519) on first start, then kept, so that a carrier that
 * pinned its fingerprint keeps trusting paxgate across restarts. Private key mode 0600.
 */
export class SftpHostKeyStore {
  constructor(private readonly file: string) {}

  async ensure(): Promise<SftpHostKey> {
    const existing = await readFile(this.file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    return existing === undefined ? this.generate() : this.load(existing);
  }

  private async generate(): Promise<SftpHostKey> {
    await mkdir(dirname(this.file), { recursive: true, mode: 0o700 });
    const pair = generateEd25519KeyPair(COMMENT);
    // Written aside, then linked into place: the key appears whole or not at all, and of two
    // starts at once the second finds the first one's key instead of overwriting it.
    const aside = `${this.file}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(aside, pair.private, { mode: 0o600, flag: 'wx' });
    const linked = await link(aside, this.file).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'EEXIST') return false;
        throw error;
      },
    );
    await unlink(aside);
    if (!linked) return this.load(await readFile(this.file, 'utf8'));
    const key = this.describe(pair.private);
    await writeFile(`${this.file}.pub`, `${key.publicKey}\n`, { mode: 0o644 });
    return key;
  }

  private async load(privateKey: string): Promise<SftpHostKey> {
    // A key readable by others is no longer secret; tighten it rather than refuse to start.
    if (((await stat(this.file)).mode & 0o077) !== 0) await chmod(this.file, 0o600);
    const key = this.describe(privateKey);
    const pub = await readFile(`${this.file}.pub`, 'utf8').catch(() => undefined);
    if (pub?.trim() !== key.publicKey) {
      await writeFile(`${this.file}.pub`, `${key.publicKey}\n`, { mode: 0o644 });
    }
    return key;
  }

  private describe(privateKey: string): SftpHostKey {
    const parsed = utils.parseKey(privateKey);
    if (parsed instanceof Error || !parsed.isPrivateKey()) {
      throw new Error(
        `SFTP host key ${this.file} is not a usable private key${parsed instanceof Error ? `: ${parsed.message}` : ''}; remove it to have a new one generated.`,
      );
    }
    const blob = parsed.getPublicSSH();
    return {
      privateKey,
      publicKey: `${parsed.type} ${blob.toString('base64')} ${COMMENT}`,
      fingerprint: `SHA256:${sshHostKeySha256(blob)}`,
    };
  }
}
