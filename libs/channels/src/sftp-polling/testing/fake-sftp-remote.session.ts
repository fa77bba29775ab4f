import { RemoteEntry } from '../remote-file';
import { SftpRemoteSession } from '../sftp-remote.port';

/** A remote directory tree in memory; records the reads and what a poll leaves there. */
export class FakeSftpRemoteSession implements SftpRemoteSession {
  readonly files = new Map<string, Buffer>();
  readonly reads: string[] = [];
  readonly written = new Map<string, Buffer>();

  put(path: string, body: string): void {
    this.files.set(path, Buffer.from(body));
  }

  list(directory: string): Promise<RemoteEntry[]> {
    const prefix = `${directory}/`;
    return Promise.resolve(
      [...this.files.entries()]
        .filter(([path]) => path.startsWith(prefix))
        .map(([path, body]) => ({
          name: path.slice(prefix.length),
          type: '-',
          size: body.length,
          modifiedAt: 1_764_400_000_000,
        })),
    );
  }

  read(path: string, limit: number): Promise<Buffer> {
    this.reads.push(path);
    const body = this.files.get(path);
    // A number as the code, as the SFTP server's "no such file" status arrives.
    const gone = Object.assign(new Error('No such file'), { code: 2 });
    if (body === undefined) return Promise.reject(gone);
    return Promise.resolve(body.subarray(0, limit + 1));
  }

  writeWhole(path: string, bytes: Buffer): Promise<void> {
    this.written.set(path, bytes);
    return Promise.resolve();
  }

  remove(path: string): Promise<void> {
    this.files.delete(path);
    return Promise.resolve();
  }

  move(from: string, to: string): Promise<void> {
    const body = this.files.get(from);
    if (body !== undefined) this.files.set(to, body);
    this.files.delete(from);
    return Promise.resolve();
  }

  exists(path: string): Promise<boolean> {
    return Promise.resolve(this.files.has(path));
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
