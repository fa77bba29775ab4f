import { randomUUID } from 'node:crypto';
import { posix } from 'node:path';
import { readFileSync } from 'node:fs';
import SftpClient from 'ssh2-sftp-client';
import { SFTPWrapper } from 'ssh2';
import { SftpConnect } from '../destinations/sftp.destination';
import { sshHostKeySha256 } from '../destinations/ssh-host-key.fingerprint';

/** The OpenSSH server scripts/ensure-test-sshd.sh sets up (shared with other test runs). */
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
 * The test server seen from a consumer's side: a fresh directory per test in the account's home,
 * removed afterwards, and a record of the connections a destination opened through `connect`.
 */
export class SftpTestPeer {
  directory = '';
  hostKeySha256 = '';
  /** The SFTP channel of every connection opened through `connect`, in order. */
  opened: SFTPWrapper[] = [];
  /** The clients those channels belong to. */
  clients: SftpClient[] = [];
  private client: SftpClient | undefined;

  readonly connect: SftpConnect = async (options) => {
    const client = new SftpClient('sftp-test-peer-destination', QUIET);
    this.opened.push(await client.connect(options));
    this.clients.push(client);
    return client;
  };

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

  async stop(): Promise<void> {
    await this.client?.end();
  }

  /** A fresh directory for the next test. */
  async reset(): Promise<void> {
    this.opened = [];
    this.clients = [];
    this.directory = posix.join(await this.sftp().cwd(), `routing-test-${randomUUID()}`);
    await this.sftp().mkdir(this.directory);
  }

  async cleanUp(): Promise<void> {
    if (this.directory !== '') await this.sftp().rmdir(this.directory, true);
    this.directory = '';
  }

  /** Names in the test directory, dot files included, sorted. */
  async names(): Promise<string[]> {
    return (await this.sftp().list(this.directory)).map((entry) => entry.name).sort();
  }

  async read(name: string): Promise<Buffer> {
    return (await this.sftp().get(posix.join(this.directory, name))) as Buffer;
  }

  async write(name: string, body: Buffer): Promise<void> {
    await this.sftp().put(body, posix.join(this.directory, name));
  }

  async modifiedAt(name: string): Promise<number> {
    return (await this.sftp().stat(posix.join(this.directory, name))).modifyTime;
  }

  sftp(): SftpClient {
    if (!this.client) throw new Error('the SFTP test peer is not started');
    return this.client;
  }
}
