import { posix } from 'node:path';
import SftpClient from 'ssh2-sftp-client';
import { RemoteEntry } from './remote-file';
import { SftpRemoteSession } from './sftp-remote.port';

/** One poll's connection, over ssh2-sftp-client; the connector opens it. */
export class Ssh2SftpRemoteSession implements SftpRemoteSession {
  constructor(private readonly client: SftpClient) {}

  async list(directory: string): Promise<RemoteEntry[]> {
    return (await this.client.list(directory)).map((entry) => ({
      name: entry.name,
      type: entry.type,
      size: entry.size,
      modifiedAt: entry.modifyTime,
    }));
  }

  async read(path: string, limit: number): Promise<Buffer> {
    const chunks: Buffer[] = [];
    // `end` is inclusive: one byte past the limit tells an oversize file from one exactly at it.
    for await (const chunk of this.client.createReadStream(path, { start: 0, end: limit })) {
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks);
  }

  async writeWhole(path: string, bytes: Buffer): Promise<void> {
    const temporary = posix.join(posix.dirname(path), `.${posix.basename(path)}.part`);
    try {
      await this.client.put(bytes, temporary);
      await this.replace(temporary, path);
    } catch (error) {
      await this.client.delete(temporary, true).catch(() => undefined);
      throw error;
    }
  }

  async remove(path: string): Promise<void> {
    await this.client.delete(path);
  }

  async move(from: string, to: string): Promise<void> {
    await this.client.rename(from, to);
  }

  async exists(path: string): Promise<boolean> {
    return (await this.client.exists(path)) !== false;
  }

  async close(): Promise<void> {
    await this.client.end().catch(() => undefined);
  }

  /** posix-rename replaces in one step where offered (OpenSSH); plain rename refuses a target. */
  private async replace(from: string, to: string): Promise<void> {
    try {
      await this.client.posixRename(from, to);
      return;
    } catch (error) {
      if (!/does not support/u.test(String(error))) throw error;
    }
    await this.client.delete(to, true);
    await this.client.rename(from, to);
  }
}
