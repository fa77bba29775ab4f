import { FileHandle } from 'node:fs/promises';
import { FileEntry } from 'ssh2';
import { JailedPath } from './jailed.path';
import { UploadAccount } from './upload.account';

/** A file a carrier is writing into its inbox. */
export interface Upload {
  /** Its name in inbox/. */
  name: string;
  account: UploadAccount;
  /** Writes not yet on disk; CLOSE waits for them. */
  writes: Set<Promise<unknown>>;
}

export type OpenHandle =
  | { kind: 'file'; path: JailedPath; fd: FileHandle; upload?: Upload }
  | { kind: 'dir'; path: JailedPath; entries?: FileEntry[]; next: number };

/** The handles of one SFTP session: opaque 4-byte ids the client hands back. */
export class SftpHandleTable {
  private readonly open = new Map<number, OpenHandle>();
  private counter = 0;
  private ended = false;

  /** Throws once the session ended: the caller then closes what it opened. */
  add(handle: OpenHandle): Buffer {
    if (this.ended) throw new Error('The SFTP session has ended');
    const id = ++this.counter;
    this.open.set(id, handle);
    const buf = Buffer.alloc(4);
    buf.writeUInt32BE(id);
    return buf;
  }

  get(handle: Buffer): OpenHandle | undefined {
    return handle.length === 4 ? this.open.get(handle.readUInt32BE()) : undefined;
  }

  /** Removes and returns it, so that nothing else uses a handle being closed. */
  take(handle: Buffer): OpenHandle | undefined {
    const found = this.get(handle);
    if (found) this.open.delete(handle.readUInt32BE());
    return found;
  }

  /** Empties the table (the session ended), returning what was still open. */
  takeAll(): OpenHandle[] {
    const all = [...this.open.values()];
    this.open.clear();
    this.ended = true;
    return all;
  }
}
