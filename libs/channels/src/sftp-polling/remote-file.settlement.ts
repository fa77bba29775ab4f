import { Logger } from '@nestjs/common';
import { SftpRemoteConfig } from '@app/config';
import { IngestResult } from '@app/ingest';
import { posix } from 'node:path';
import { RemoteFile } from './remote-file';
import { SftpRemoteSession } from './sftp-remote.port';

const reasonOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** What a poll leaves on the remote once a file is judged: its CONTRL, and the file cleared. */
export class RemoteFileSettlement {
  constructor(private readonly logger: Logger) {}

  /** A CONTRL that cannot be written is logged; the file is cleared (or set aside) anyway. */
  async acknowledge(
    remote: SftpRemoteConfig,
    session: SftpRemoteSession,
    file: RemoteFile,
    contrl: string,
    of: string,
  ): Promise<void> {
    if (remote.contrlDirectory === undefined) return;
    const path = posix.join(remote.contrlDirectory, `${file.name}.contrl`);
    try {
      await session.writeWhole(path, Buffer.from(contrl, 'utf8'));
    } catch (error) {
      this.logger.error(
        `${remote.name}: cannot write ${path}, the CONTRL of ${of}: ${reasonOf(error)}`,
      );
    }
  }

  async clear(
    remote: SftpRemoteConfig,
    session: SftpRemoteSession,
    file: RemoteFile,
    result: IngestResult,
  ): Promise<void> {
    try {
      switch (remote.afterIngest) {
        case 'delete':
          return await session.remove(file.path);
        case 'move':
          return await this.archive(remote, session, file, result);
      }
    } catch (error) {
      this.logger.error(
        `${remote.name}: ${file.path} is journaled as ${result.interchangeId} but could not be ` +
          `cleared (${remote.afterIngest}); it will be taken again as a duplicate: ${reasonOf(error)}`,
      );
    }
  }

  /** Never over an earlier file of the same name: that one gets the interchange id appended. */
  private async archive(
    remote: SftpRemoteConfig,
    session: SftpRemoteSession,
    file: RemoteFile,
    result: IngestResult,
  ): Promise<void> {
    const folder = remote.archiveDirectory;
    if (folder === undefined) throw new Error('archiveDirectory is not set');
    const plain = posix.join(folder, file.name);
    const target = (await session.exists(plain))
      ? posix.join(folder, `${file.name}.${result.interchangeId}`)
      : plain;
    await session.move(file.path, target);
  }
}
