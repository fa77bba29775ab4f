import { readFile } from 'node:fs/promises';
import { posix } from 'node:path';
import SftpClient from 'ssh2-sftp-client';
import { MultipartDelivery, SftpDestinationConfig } from '@app/config';
import { DeliveryReceipt, DeliveryRequest } from '../delivery-request';
import { DeliveryError } from '../delivery.error';
import { Destination } from '../destination.port';
import { assertFormat } from './format-check';
import { sftpFileName } from './sftp-file.name';
import { sshHostKeyMatches } from './ssh-host-key.fingerprint';

/** Opens a connected client; injectable so a test can keep a handle on the connection it drops. */
export type SftpConnect = (options: SftpClient.ConnectOptions) => Promise<SftpClient>;

export interface SftpDestinationOptions {
  connect?: SftpConnect;
  /** A delivery not done by then gives its connection up (a server that stopped answering); 60 s. */
  timeoutMs?: number;
}

/** SFTP status codes of a refused upload that say the directory is wrong: no such file, denied. */
const CONFIGURATION_STATUSES = new Set<unknown>([2, 3]);
/** What ssh2 says when the server refuses our key, or cannot use the key file at all. */
const CONFIGURATION_FAILURES =
  /All configured authentication methods failed|Cannot parse privateKey/u;

/**
 * Writes each message as one file in a directory on an SFTP server: under a hidden `.part` name
 * first, then renamed, so a reader never sees half a file. The name is derived from the delivery,
 * so a retry finds what an earlier attempt wrote. Connects on first use, keeps the connection,
 * and opens a new one after it was lost.
 */
export class SftpDestination implements Destination {
  readonly kind = 'sftp';
  readonly name: string;
  readonly format: SftpDestinationConfig['format'];
  readonly multipart: MultipartDelivery;
  private readonly label: string;
  /** `sftp://user@host:port`, what receipts and errors name the files with. */
  private readonly origin: string;
  private readonly connect: SftpConnect;
  private readonly timeoutMs: number;
  private session: Promise<SftpClient> | undefined;
  private closed = false;

  constructor(
    private readonly config: SftpDestinationConfig,
    options: SftpDestinationOptions = {},
  ) {
    this.name = config.name;
    this.format = config.format;
    this.multipart = config.multipart ?? 'interchange';
    this.label = `sftp destination ${config.name}`;
    this.origin = `sftp://${config.username}@${config.host}:${config.port}`;
    this.connect = options.connect ?? connectSftp;
    this.timeoutMs = options.timeoutMs ?? 60_000;
  }

  async deliver(request: DeliveryRequest): Promise<DeliveryReceipt> {
    assertFormat(this, request);
    if (this.closed) throw new DeliveryError(`${this.label} is closed`, true);
    const opening = this.currentSession();
    const client = await opening;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        // Most likely a dead connection ssh2 has not noticed yet: start afresh next time.
        this.drop(opening, client);
        reject(this.error(`no answer within ${this.timeoutMs} ms`, true));
      }, this.timeoutMs);
    });
    try {
      return await Promise.race([this.write(opening, client, request), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const opening = this.session;
    this.session = undefined;
    const client = await opening?.catch(() => undefined);
    await client?.end().catch(() => undefined);
  }

  private async write(
    opening: Promise<SftpClient>,
    client: SftpClient,
    request: DeliveryRequest,
  ): Promise<DeliveryReceipt> {
    const name = sftpFileName(request);
    const target = posix.join(this.config.directory, name);
    const temporary = posix.join(this.config.directory, `.${name}.part`);
    const step = async <T>(what: string, work: () => Promise<T>, final = false): Promise<T> => {
      try {
        return await work();
      } catch (error) {
        throw this.operationError(opening, client, what, error, final);
      }
    };
    // The same name on every attempt: a file of the same size there is this delivery, done.
    const existing = await step(`cannot look for ${target}`, () => sizeOf(client, target));
    if (existing === request.body.length) {
      return { detail: `already delivered as ${this.origin}${target}` };
    }
    try {
      await step(`cannot write ${temporary}`, () => client.put(request.body, temporary), true);
      await step(`cannot rename ${temporary} to ${target}`, () =>
        replace(client, temporary, target),
      );
    } catch (error) {
      await client.delete(temporary, true).catch(() => undefined);
      throw error;
    }
    return { detail: `written to ${this.origin}${target}` };
  }

  private currentSession(): Promise<SftpClient> {
    if (this.session) return this.session;
    const opening: Promise<SftpClient> = this.open().then(
      (client) => {
        const forget = (): void => {
          if (this.session === opening) this.session = undefined;
        };
        client.on('close', forget);
        client.on('end', forget);
        return client;
      },
      (error: unknown) => {
        if (this.session === opening) this.session = undefined;
        throw error;
      },
    );
    this.session = opening;
    return opening;
  }

  private async open(): Promise<SftpClient> {
    const { privateKeyFile, hostKeySha256 } = this.config;
    let privateKey: Buffer;
    try {
      privateKey = await readFile(privateKeyFile);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      throw this.error(`cannot read the private key ${privateKeyFile}: ${code}`, false, error);
    }
    let refusedHostKey = false;
    const verifier =
      hostKeySha256 === undefined
        ? {}
        : {
            hostVerifier: (key: Buffer): boolean => {
              refusedHostKey = !sshHostKeyMatches(hostKeySha256, key);
              return !refusedHostKey;
            },
          };
    try {
      return await this.connect({
        host: this.config.host,
        port: this.config.port,
        username: this.config.username,
        privateKey,
        readyTimeout: 10_000,
        // A silent peer is found within half a minute instead of the TCP timeout.
        keepaliveInterval: 10_000,
        keepaliveCountMax: 3,
        ...verifier,
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (refusedHostKey) {
        throw this.error(
          `the host key of ${this.origin} is not SHA256:${hostKeySha256}`,
          false,
          error,
        );
      }
      throw this.error(
        `cannot connect to ${this.origin}: ${reason}`,
        !CONFIGURATION_FAILURES.test(reason),
        error,
      );
    }
  }

  /**
   * An SFTP status (a number) is the server refusing one request on a sound connection; anything
   * else means the connection cannot be trusted and is replaced on the next delivery. `final`
   * marks the upload, where a missing or forbidden directory will not mend itself.
   */
  private operationError(
    opening: Promise<SftpClient>,
    client: SftpClient,
    what: string,
    error: unknown,
    final: boolean,
  ): DeliveryError {
    const code = (error as { code?: unknown } | null)?.code;
    const status = typeof code === 'number';
    if (!status) this.drop(opening, client);
    const reason = error instanceof Error ? error.message : String(error);
    return this.error(
      `${what} on ${this.origin}: ${reason}`,
      !(final && status && CONFIGURATION_STATUSES.has(code)),
      error,
    );
  }

  /** Forgets the connection and ends it without waiting (it may never answer). */
  private drop(opening: Promise<SftpClient>, client: SftpClient): void {
    if (this.session === opening) this.session = undefined;
    client.end().catch(() => undefined);
  }

  private error(message: string, retryable: boolean, cause?: unknown): DeliveryError {
    return new DeliveryError(`${this.label}: ${message}`, retryable, { cause });
  }
}

/** ssh2-sftp-client logs to the console unless given its own listeners; errors reach us anyway. */
const QUIET: SftpClient.Callbacks = {
  error: () => undefined,
  end: () => undefined,
  close: () => undefined,
};

async function connectSftp(options: SftpClient.ConnectOptions): Promise<SftpClient> {
  const client = new SftpClient('paxgate-sftp-destination', QUIET);
  await client.connect(options);
  return client;
}

/** The size of a remote file, or undefined when there is none. */
async function sizeOf(client: SftpClient, path: string): Promise<number | undefined> {
  try {
    return (await client.stat(path)).size;
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Renames over an existing file in one step where the server offers posix-rename (OpenSSH does);
 * plain SFTP rename refuses an existing target, so elsewhere the old file goes first.
 */
async function replace(client: SftpClient, from: string, to: string): Promise<void> {
  try {
    await client.posixRename(from, to);
    return;
  } catch (error) {
    if (!/does not support/u.test(String(error))) throw error;
  }
  await client.delete(to, true);
  await client.rename(from, to);
}
