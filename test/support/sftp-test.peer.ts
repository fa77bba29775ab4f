import { sshHostKeySha256 } from '@app/routing';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import SftpClient from 'ssh2-sftp-client';

/** The OpenSSH server scripts/ensure-test-sshd.sh sets up; shared with other test runs. */
export const TEST_SSHD = {
  host: process.env.E2E_SSHD_HOST ?? '127.0.0.1',
  port: Number(process.env.E2E_SSHD_PORT ?? 2022),
  username: process.env.E2E_SSHD_USER ?? 'paxgate-sftp',
  privateKeyFile: process.env.E2E_SSHD_KEY ?? '/var/lib/paxgate-sshd/client_key',
};

const QUIET: SftpClient.Callbacks = {
  error: () => undefined,
  end: () => undefined,
  close: () => undefined,
};

/**
 * The test SSH server as a carrier or a PIU system sees it: one login, directories of this
 * suite's own under the account's home (removed by `stop`), files written the way a careful
 * client does (a `.part` name, then a rename) so a poller never sees half a file.
 */
export class SftpTestPeer {
  /** As `ssh-keygen -l` prints it after `SHA256:`, learnt from the first connection. */
  hostKeySha256 = '';
  private client: SftpClient | undefined;
  private readonly made: string[] = [];

  async start(): Promise<void> {
    const client = new SftpClient('sftp-test-peer', QUIET);
    await client.connect({
      host: TEST_SSHD.host,
      port: TEST_SSHD.port,
      username: TEST_SSHD.username,
      privateKey: readFileSync(TEST_SSHD.privateKeyFile),
      hostVerifier: (key: Buffer) => {
        this.hostKeySha256 = sshHostKeySha256(key);
        return true;
      },
    });
    this.client = client;
  }

  /** A new directory in the account's home, with these subdirectories; its absolute path. */
  async freshDirectory(label: string, subdirectories: readonly string[] = []): Promise<string> {
    const root = posix.join(
      await this.sftp().cwd(),
      `${label}-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`,
    );
    await this.sftp().mkdir(root);
    this.made.push(root);
    for (const sub of subdirectories) await this.sftp().mkdir(posix.join(root, sub));
    return root;
  }

  /** Uploads as `.<name>.part` and renames, as carriers are asked to. */
  async upload(directory: string, name: string, body: Buffer): Promise<void> {
    const temporary = posix.join(directory, `.${name}.part`);
    await this.sftp().put(body, temporary);
    await this.sftp().rename(temporary, posix.join(directory, name));
  }

  /**
   * The first half of `upload`: the file is written as `.<name>.part`, which no poller takes,
   * until `unstage`. Returns its size and modification time, which the rename keeps.
   */
  async stage(
    directory: string,
    name: string,
    body: Buffer,
  ): Promise<{ size: number; modifiedAt: number }> {
    const temporary = posix.join(directory, `.${name}.part`);
    await this.sftp().put(body, temporary);
    const stats = await this.sftp().stat(temporary);
    return { size: stats.size, modifiedAt: stats.modifyTime };
  }

  async unstage(directory: string, name: string): Promise<void> {
    await this.sftp().rename(posix.join(directory, `.${name}.part`), posix.join(directory, name));
  }

  /** Every name in the directory, dot files included, sorted. */
  async names(directory: string): Promise<string[]> {
    return (await this.sftp().list(directory)).map((entry) => entry.name).sort();
  }

  async read(path: string): Promise<Buffer> {
    return (await this.sftp().get(path)) as Buffer;
  }

  /** Removes what this peer made, then logs out. */
  async stop(): Promise<void> {
    if (!this.client) return;
    for (const directory of this.made.splice(0)) {
      await this.client.rmdir(directory, true);
    }
    await this.client.end();
  }

  private sftp(): SftpClient {
    if (!this.client) throw new Error('the SFTP test peer is not started');
    return this.client;
  }
}
