import { Logger } from '@nestjs/common';
import { SFTPWrapper, utils } from 'ssh2';
import { CarrierSession } from './carrier.session';
import { statusOfFsError } from './fs-error.status';
import { InboxServices } from './inbox.services';
import { JailViolation } from './jail-violation.error';
import { SftpReadOperations } from './sftp-read.operations';
import { SFTP_STATUS, SftpRefusal } from './sftp.refusal';
import { SftpReply } from './sftp.reply';
import { SftpUploadOperations } from './sftp-upload.operations';

/**
 * One carrier's SFTP subsystem: every request goes through the jail, then to the read or the
 * upload operations; every refusal is answered with a status and logged with carrier and path.
 * Requests the OpenSSH client does not need for a carrier (links, directories) are refused.
 */
export class SftpSessionHandler {
  private readonly logger = new Logger('SftpInbox');
  private readonly reads: SftpReadOperations;
  private readonly uploads: SftpUploadOperations;
  private ending?: Promise<void>;

  constructor(
    private readonly sftp: SFTPWrapper,
    private readonly session: CarrierSession,
    inbox: InboxServices,
  ) {
    this.reads = new SftpReadOperations(session);
    this.uploads = new SftpUploadOperations(session, inbox);
  }

  attach(): void {
    const { sftp, reads, uploads } = this;
    const jail = this.session.jail;
    sftp.on('REALPATH', (id, path) =>
      this.answer(id, 'REALPATH', path, async () => reads.realpath(await jail.resolve(path))),
    );
    const stat = (op: string) => (id: number, path: string) =>
      this.answer(id, op, path, async () => reads.stat(await jail.resolve(path)));
    sftp.on('STAT', stat('STAT'));
    sftp.on('LSTAT', stat('LSTAT'));
    sftp.on('FSTAT', (id, handle) => this.answer(id, 'FSTAT', '', () => reads.fstat(handle)));
    sftp.on('OPENDIR', (id, path) =>
      this.answer(id, 'OPENDIR', path, async () => reads.opendir(await jail.resolve(path))),
    );
    sftp.on('READDIR', (id, handle) => this.answer(id, 'READDIR', '', () => reads.readdir(handle)));
    sftp.on('OPEN', (id, path, flags) =>
      this.answer(id, 'OPEN', path, async () => {
        const located = await jail.resolve(path);
        return flags & utils.sftp.OPEN_MODE.WRITE
          ? uploads.openForWriting(located, flags)
          : reads.openForReading(located);
      }),
    );
    sftp.on('READ', (id, handle, offset, length) =>
      this.answer(id, 'READ', '', () => reads.read(handle, offset, length)),
    );
    sftp.on('WRITE', (id, handle, offset, data) =>
      this.answer(id, 'WRITE', this.pathOf(handle), () => uploads.write(handle, offset, data)),
    );
    sftp.on('CLOSE', (id, handle) =>
      this.answer(id, 'CLOSE', this.pathOf(handle), () => uploads.close(handle)),
    );
    sftp.on('REMOVE', (id, path) =>
      this.answer(id, 'REMOVE', path, async () => uploads.remove(await jail.resolve(path))),
    );
    sftp.on('RENAME', (id, from, to) =>
      this.answer(id, 'RENAME', `${from} -> ${to}`, async () =>
        uploads.rename(await jail.resolve(from), await jail.resolve(to)),
      ),
    );
    sftp.on('SETSTAT', (id, path) =>
      this.answer(id, 'SETSTAT', path, async () => {
        await jail.resolve(path);
        return reads.ignoreAttributes();
      }),
    );
    sftp.on('FSETSTAT', (id) => this.answer(id, 'FSETSTAT', '', () => reads.ignoreAttributes()));
    const fixedDirectories = (op: string) => (id: number, path: string) =>
      this.answer(id, op, path, async () => {
        await jail.resolve(path);
        throw refusal('Directories are fixed: inbox/, outbox/, archive/ and quarantine/');
      });
    sftp.on('MKDIR', fixedDirectories('MKDIR'));
    sftp.on('RMDIR', fixedDirectories('RMDIR'));
    sftp.on('READLINK', (id, path) =>
      this.answer(id, 'READLINK', path, async () => {
        await jail.resolve(path);
        throw refusal('There are no symbolic links here');
      }),
    );
    // Which argument is the link depends on the client (OpenSSH swaps them): log both.
    sftp.on('SYMLINK', (id, first, second) =>
      this.answer(id, 'SYMLINK', `${first} ${second}`, () => {
        throw refusal('Symbolic links may not be created');
      }),
    );
  }

  /** The session ended (or the server stops): close its handles, take unclosed uploads. */
  end(): Promise<void> {
    this.ending ??= this.uploads.endSession();
    return this.ending;
  }

  private pathOf(handle: Buffer): string {
    return this.session.handles.get(handle)?.path.virtual ?? '';
  }

  /** Runs one request and sends its answer; never throws (an answer is always sent). */
  private answer(
    id: number,
    op: string,
    path: string,
    work: () => Promise<SftpReply> | SftpReply,
  ): void {
    void (async () => {
      let reply: SftpReply;
      try {
        reply = await work();
      } catch (error) {
        reply = this.replyToError(error, op, path);
      }
      this.send(id, reply);
    })();
  }

  private replyToError(error: unknown, op: string, path: string): SftpReply {
    const carrier = this.session.tree.carrierId;
    if (error instanceof JailViolation) {
      this.logger.warn(`SFTP refused ${carrier} ${op} ${error.path}: ${error.reason}`);
      return {
        kind: 'status',
        status: SFTP_STATUS.PERMISSION_DENIED,
        message: `Permission denied: ${error.reason}`,
      };
    }
    if (error instanceof SftpRefusal) {
      this.logger.warn(`SFTP refused ${carrier} ${op} ${path}: ${error.message}`);
      return { kind: 'status', status: error.status, message: error.message };
    }
    const { status, message } = statusOfFsError(error);
    if (status === SFTP_STATUS.FAILURE) {
      this.logger.warn(
        `SFTP ${carrier} ${op} ${path} failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    return { kind: 'status', status, message };
  }

  private send(id: number, reply: SftpReply): void {
    const { sftp } = this;
    try {
      switch (reply.kind) {
        case 'status':
          sftp.status(id, reply.status, reply.message);
          return;
        case 'handle':
          sftp.handle(id, reply.handle);
          return;
        case 'data':
          sftp.data(id, reply.data);
          return;
        case 'name':
          sftp.name(id, reply.names);
          return;
        case 'attrs':
          sftp.attrs(id, reply.attrs);
          return;
      }
    } catch (error) {
      // The channel closed under the request: there is no one left to answer.
      this.logger.debug(`SFTP answer not sent: ${String(error)}`);
    }
  }
}

function refusal(message: string): SftpRefusal {
  return new SftpRefusal(SFTP_STATUS.PERMISSION_DENIED, message);
}
