import { Client, FileEntryWithStats, SFTPWrapper } from 'ssh2';

type Callback<T> = (error: Error | null | undefined, value: T) => void;

/** An SFTP client for specs: ssh2's client, promised, so each request's status can be checked. */
export class SftpTestClient {
  private constructor(
    private readonly client: Client,
    readonly sftp: SFTPWrapper,
    /** The server's host key as it presented it. */
    readonly hostKey: Buffer,
  ) {}

  static connect(port: number, username: string, privateKey: string): Promise<SftpTestClient> {
    return new Promise((resolve, reject) => {
      const client = new Client();
      let hostKey: Buffer = Buffer.alloc(0);
      client.on('error', reject);
      client.on('ready', () =>
        client.sftp((error, sftp) =>
          error ? reject(error) : resolve(new SftpTestClient(client, sftp, hostKey)),
        ),
      );
      client.connect({
        host: '127.0.0.1',
        port,
        username,
        privateKey,
        tryKeyboard: false,
        hostVerifier: (key: Buffer) => {
          hostKey = key;
          return true;
        },
      });
    });
  }

  private call<T>(start: (done: Callback<T>) => void): Promise<T> {
    return new Promise((resolve, reject) =>
      start((error, value) => (error ? reject(error) : resolve(value))),
    );
  }

  put(path: string, data: Buffer | string): Promise<void> {
    return this.call<void>((done) => this.sftp.writeFile(path, data, (e) => done(e, undefined)));
  }

  get(path: string): Promise<Buffer> {
    return this.call<Buffer>((done) => this.sftp.readFile(path, done));
  }

  list(path: string): Promise<string[]> {
    return this.call<FileEntryWithStats[]>((done) => this.sftp.readdir(path, done)).then((l) =>
      l.map((e) => e.filename).sort(),
    );
  }

  rename(from: string, to: string): Promise<void> {
    return this.call<void>((done) => this.sftp.rename(from, to, (e) => done(e, undefined)));
  }

  remove(path: string): Promise<void> {
    return this.call<void>((done) => this.sftp.unlink(path, (e) => done(e, undefined)));
  }

  mkdir(path: string): Promise<void> {
    return this.call<void>((done) => this.sftp.mkdir(path, (e) => done(e, undefined)));
  }

  symlink(target: string, link: string): Promise<void> {
    return this.call<void>((done) => this.sftp.symlink(target, link, (e) => done(e, undefined)));
  }

  realpath(path: string): Promise<string> {
    return this.call<string>((done) => this.sftp.realpath(path, done));
  }

  stat(path: string): Promise<unknown> {
    return this.call((done) => this.sftp.stat(path, done));
  }

  open(path: string, mode: 'w' | 'r'): Promise<Buffer> {
    return this.call<Buffer>((done) => this.sftp.open(path, mode, done));
  }

  write(handle: Buffer, data: Buffer, position: number): Promise<void> {
    return this.call<void>((done) =>
      this.sftp.write(handle, data, 0, data.length, position, (e) => done(e, undefined)),
    );
  }

  close(handle: Buffer): Promise<void> {
    return this.call<void>((done) => this.sftp.close(handle, (e) => done(e, undefined)));
  }

  end(): Promise<void> {
    return new Promise((resolve) => {
      this.client.once('close', () => resolve());
      this.client.end();
    });
  }
}
