import { contentDigest } from '@app/journal';

export type QuarantineChannel = 'sftp' | 'sftp-polling' | 'mq';

/** What tells one version of a remote file from the next upload under its name. */
export interface FileVersion {
  path: string;
  size: number;
  modifiedAt: number;
}

/**
 * One file or message a channel tries to ingest, as the quarantine policy sees it. Its digest
 * and key are made only when asked for: a first try that succeeds never pays for the hashing.
 */
export class InboundSubject {
  private digest: string | undefined;
  private attemptKey: string | undefined;

  private constructor(
    readonly channel: QuarantineChannel,
    readonly carrierId: string | undefined,
    /** Where a technician finds it: `inbox/<name>`, `<remote>:<path>`, the queue. */
    readonly source: string,
    readonly bytes: Buffer,
    private readonly keyOf: (subject: InboundSubject) => string,
  ) {}

  /** A file in a carrier's inbox on paxgate's own server. */
  static upload(carrierId: string, name: string, bytes: Buffer): InboundSubject {
    return new InboundSubject('sftp', carrierId, `inbox/${name}`, bytes, (s) => {
      return `sftp:${carrierId}:${name}:${s.sha256}`;
    });
  }

  /** A file on a polled server, keyed by its version (known before it is downloaded). */
  static polled(remote: string, carrierId: string, file: FileVersion, bytes: Buffer) {
    const key = InboundSubject.polledKey(remote, file);
    return new InboundSubject(
      'sftp-polling',
      carrierId,
      `${remote}:${file.path}`,
      bytes,
      () => key,
    );
  }

  static polledKey(remote: string, file: FileVersion): string {
    return `sftp-poll:${remote}:${file.path}:${file.size}:${file.modifiedAt}`;
  }

  /** A message on a carrier's inbound queue: its redeliveries carry the same body. */
  static message(queue: string, carrierId: string | undefined, bytes: Buffer): InboundSubject {
    return new InboundSubject('mq', carrierId, queue, bytes, (s) => `mq:${queue}:${s.sha256}`);
  }

  get sha256(): string {
    // The journal's own digest, so an event's sha256 matches the interchanges' column.
    this.digest ??= contentDigest(this.bytes);
    return this.digest;
  }

  /** Its key among the ingest attempts. */
  get key(): string {
    this.attemptKey ??= this.keyOf(this);
    return this.attemptKey;
  }
}
