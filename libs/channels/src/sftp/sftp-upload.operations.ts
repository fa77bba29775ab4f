import { Logger } from '@nestjs/common';
import { constants } from 'node:fs';
import { lstat, open, rename, unlink } from 'node:fs/promises';
import { utils } from 'ssh2';
import { CarrierSession } from './carrier.session';
import { InboxServices } from './inbox.services';
import { JailedPath } from './jailed.path';
import { OpenHandle, Upload } from './sftp-handle.table';
import { SFTP_STATUS, SftpRefusal } from './sftp.refusal';
import { INVALID_HANDLE, OK, SftpReply } from './sftp.reply';
import { UploadAccount } from './upload.account';

const MODE = utils.sftp.OPEN_MODE;
type OpenFile = Extract<OpenHandle, { kind: 'file' }> & { upload: Upload };

/**
 * What a carrier may change: files directly in its inbox. A complete upload (see
 * UploadNamingRule) is ingested before its CLOSE or RENAME is answered, so a client whose `put`
 * succeeded knows the file is journaled and its CONTRL is in outbox/.
 */
export class SftpUploadOperations {
  private readonly logger = new Logger('SftpInbox');

  constructor(
    private readonly session: CarrierSession,
    private readonly inbox: InboxServices,
  ) {}

  async openForWriting(path: JailedPath, flags: number): Promise<SftpReply> {
    const name = this.inboxName(path);
    this.lock(path, name);
    try {
      const fd = await open(path.real, openFlags(flags), 0o640);
      try {
        const existing = flags & MODE.TRUNC ? 0 : (await fd.stat()).size;
        const upload = {
          name,
          account: new UploadAccount(this.inbox.uploadLimitBytes, existing),
          writes: new Set<Promise<unknown>>(),
        };
        return {
          kind: 'handle',
          handle: this.session.handles.add({ kind: 'file', path, fd, upload }),
        };
      } catch (error) {
        await fd.close();
        throw error;
      }
    } catch (error) {
      this.inbox.locks.release(path.real);
      throw error;
    }
  }

  async write(handle: Buffer, offset: number, data: Buffer): Promise<SftpReply> {
    const file = this.session.handles.get(handle);
    if (file?.kind !== 'file') return INVALID_HANDLE;
    if (file.upload === undefined) {
      throw new SftpRefusal(SFTP_STATUS.PERMISSION_DENIED, 'File was opened for reading');
    }
    const { keep, overLimit } = file.upload.account.admit(offset, data.length);
    if (keep > 0) {
      // Registered before any await, so a CLOSE that follows waits for this write.
      const writing = file.fd.write(data, 0, keep, offset);
      file.upload.writes.add(writing);
      await writing.finally(() => file.upload?.writes.delete(writing));
    }
    if (overLimit) {
      throw new SftpRefusal(
        SFTP_STATUS.FAILURE,
        `Upload limit of ${this.inbox.uploadLimitBytes} bytes exceeded: the file is rejected (CONTRL with code 18 in outbox/ once it is closed)`,
      );
    }
    return OK;
  }

  async close(handle: Buffer): Promise<SftpReply> {
    const closing = this.session.handles.take(handle);
    if (closing === undefined) return INVALID_HANDLE;
    if (closing.kind === 'dir') return OK;
    if (closing.upload === undefined) {
      await closing.fd.close();
      return OK;
    }
    return this.finish({ ...closing, upload: closing.upload });
  }

  async remove(path: JailedPath): Promise<SftpReply> {
    const name = this.inboxName(path);
    this.lock(path, name);
    try {
      await unlink(path.real);
      return OK;
    } finally {
      this.inbox.locks.release(path.real);
    }
  }

  /** A rename to a final name completes an upload written as *.tmp or *.part. */
  async rename(from: JailedPath, to: JailedPath): Promise<SftpReply> {
    this.inboxName(from);
    const name = this.inboxName(to);
    this.lock(from, from.below[0]);
    try {
      if (to.real !== from.real) this.lock(to, name);
      try {
        const taken = await lstat(to.real).then(
          () => true,
          () => false,
        );
        if (taken) return { kind: 'status', status: SFTP_STATUS.FAILURE, message: 'File exists' };
        await rename(from.real, to.real);
        return this.inbox.naming.ingestsOnRename(name) ? await this.ingest(name) : OK;
      } finally {
        if (to.real !== from.real) this.inbox.locks.release(to.real);
      }
    } finally {
      this.inbox.locks.release(from.real);
    }
  }

  /**
   * The connection ended: close what is open. An upload under its final name is taken as it
   * stands, received but never closed, so that nothing received is silently left behind.
   */
  async endSession(): Promise<void> {
    for (const open of this.session.handles.takeAll()) {
      if (open.kind === 'dir') continue;
      if (open.upload === undefined) {
        await open.fd.close().catch(() => undefined);
        continue;
      }
      if (this.inbox.naming.ingestsOnClose(open.upload.name)) {
        this.logger.warn(
          `SFTP ${this.session.tree.carrierId}: connection ended with inbox/${open.upload.name} still open; taking the ${open.upload.account.size} bytes received`,
        );
      }
      await this.finish({ ...open, upload: open.upload });
    }
  }

  /** Closes an upload and ingests it if complete; an upload past the limit is always taken. */
  private async finish(file: OpenFile): Promise<SftpReply> {
    const { name, account, writes } = file.upload;
    try {
      await Promise.allSettled([...writes]);
      await file.fd.close();
      const oversize = account.oversize;
      if (oversize === undefined && !this.inbox.naming.ingestsOnClose(name)) return OK;
      return await this.ingest(name, oversize);
    } finally {
      this.inbox.locks.release(file.path.real);
    }
  }

  private async ingest(name: string, oversize?: { size: number; limit: number }) {
    const { tree } = this.session;
    try {
      const done = await this.inbox.ingester.ingest(tree, name, oversize);
      if (done.kind === 'quarantined') {
        return failure(
          `Not ingested after ${done.attempts} attempt(s): moved to quarantine/${done.quarantinedAs}` +
            (done.contrlFile === undefined ? '' : `, CONTRL in outbox/${done.contrlFile}`),
        );
      }
      if (oversize === undefined) return OK;
      return failure(
        `Over the upload limit of ${oversize.limit} bytes: interchange ${done.interchangeId} rejected, CONTRL in outbox/${done.contrlFile}`,
      );
    } catch (error) {
      this.logger.error(
        `SFTP ${tree.carrierId}: inbox/${name} received but not journaled, kept in inbox/: ${error instanceof Error ? error.message : String(error)}`,
      );
      return failure(
        'Received but not acknowledged (paxgate cannot journal it now): the file stays in inbox/ and is taken when paxgate restarts; or send it again later',
      );
    }
  }

  /** The file's name, if `path` is a file directly in inbox/ (the only place a carrier writes). */
  private inboxName(path: JailedPath): string {
    const [name, ...deeper] = path.below;
    if (path.area === 'inbox' && name !== undefined && deeper.length === 0) return name;
    throw new SftpRefusal(
      SFTP_STATUS.PERMISSION_DENIED,
      path.area === 'inbox'
        ? 'Only files directly in inbox/ may be changed'
        : `${path.area === undefined ? '/' : `${path.area}/`} is read-only; upload into inbox/`,
    );
  }

  private lock(path: JailedPath, name: string | undefined): void {
    if (!this.inbox.locks.tryAcquire(path.real)) {
      throw new SftpRefusal(
        SFTP_STATUS.FAILURE,
        `inbox/${name ?? ''} is in use (being uploaded or ingested); try again shortly`,
      );
    }
  }
}

function failure(message: string): SftpReply {
  return { kind: 'status', status: SFTP_STATUS.FAILURE, message };
}

/** SFTP open flags as open(2) flags; never following a symbolic link. */
function openFlags(flags: number): number {
  const access =
    flags & MODE.READ && flags & MODE.WRITE
      ? constants.O_RDWR
      : flags & MODE.WRITE
        ? constants.O_WRONLY
        : constants.O_RDONLY;
  return (
    access |
    constants.O_NOFOLLOW |
    (flags & MODE.CREAT ? constants.O_CREAT : 0) |
    (flags & MODE.TRUNC ? constants.O_TRUNC : 0) |
    (flags & MODE.EXCL ? constants.O_EXCL : 0) |
    (flags & MODE.APPEND ? constants.O_APPEND : 0)
  );
}
