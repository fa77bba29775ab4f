import { Inject, Injectable, Logger } from '@nestjs/common';
import { REDIS_CONFIG, RedisConfig, SFTP_CONFIG, SftpConfig, SftpRemoteConfig } from '@app/config';
import { IngestInterchangeUseCase, IngestResult } from '@app/ingest';
import { posix } from 'node:path';
import { fileClaimKey } from './file-claim.key';
import { FILE_CLAIMS, FileClaim, FileClaims } from './file-claims.port';
import { isPollable } from './pollable-file.rule';
import { RemoteFile } from './remote-file';
import { SFTP_REMOTE_CONNECTOR, SftpRemoteConnector, SftpRemoteSession } from './sftp-remote.port';

export interface PollSummary {
  remote: string;
  /** Files that looked finished. */
  listed: number;
  /** Of those, journaled by this poll (the rest another worker took, or wait for the next poll). */
  taken: number;
}

/**
 * How long a claim keeps other workers off a file: well past a download, an ingest and the
 * clean-up. A claim is never released after the journal commit, so a listing taken before the
 * file was removed cannot take it again; if the removal failed, the file comes back after this
 * and is journaled as a duplicate.
 */
const CLAIM_TTL_MS = 10 * 60_000;

/** An SFTP status code (a number) is the server refusing one request on a sound connection. */
const isSftpStatus = (error: unknown): boolean =>
  typeof (error as { code?: unknown } | null)?.code === 'number';

const reasonOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/**
 * One poll of one remote: list, claim each finished file, download, ingest, then (after the
 * journal commit) write the CONTRL back and delete or archive the file. An ingest failure (an
 * outage) ends the poll and leaves the file where it is for the next one.
 */
@Injectable()
export class SftpRemotePoller {
  private readonly logger = new Logger(SftpRemotePoller.name);
  private readonly active = new Set<Promise<PollSummary>>();
  private stopping = false;

  constructor(
    @Inject(SFTP_REMOTE_CONNECTOR) private readonly connector: SftpRemoteConnector,
    @Inject(FILE_CLAIMS) private readonly claims: FileClaims,
    private readonly ingest: IngestInterchangeUseCase,
    @Inject(REDIS_CONFIG) private readonly redis: RedisConfig,
    @Inject(SFTP_CONFIG) private readonly sftp: SftpConfig,
  ) {}

  poll(remote: SftpRemoteConfig): Promise<PollSummary> {
    if (this.stopping) return Promise.resolve({ remote: remote.name, listed: 0, taken: 0 });
    const running = this.pollOnce(remote);
    this.active.add(running);
    const forget = (): void => void this.active.delete(running);
    running.then(forget, forget);
    return running;
  }

  /** Takes no further file, and waits for the polls under way. */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.allSettled([...this.active]);
  }

  private async pollOnce(remote: SftpRemoteConfig): Promise<PollSummary> {
    const session = await this.connector.open(remote);
    try {
      const files: RemoteFile[] = (await session.list(remote.directory))
        .filter(isPollable)
        .map((entry) => ({ ...entry, path: posix.join(remote.directory, entry.name) }));
      let taken = 0;
      for (const file of files) {
        if (this.stopping) break;
        const key = fileClaimKey(this.redis.prefix, remote.name, file);
        const claim = await this.claims.claim(key, CLAIM_TTL_MS);
        if (claim !== undefined && (await this.take(remote, session, file, claim))) taken++;
      }
      return { remote: remote.name, listed: files.length, taken };
    } finally {
      await session.close();
    }
  }

  /** Whether the file was journaled; throws, claim released, when the journal is out of reach. */
  private async take(
    remote: SftpRemoteConfig,
    session: SftpRemoteSession,
    file: RemoteFile,
    claim: FileClaim,
  ): Promise<boolean> {
    const limit = this.sftp.uploadLimitBytes;
    let result: IngestResult;
    try {
      const receivedAt = new Date();
      const bytes = await session.read(file.path, limit);
      result = await this.ingest.execute({
        bytes: bytes.subarray(0, limit),
        channel: 'sftp',
        carrierId: remote.carrierId,
        receivedAt,
        ...(bytes.length > limit
          ? { oversize: { size: Math.max(file.size, bytes.length), limit } }
          : {}),
      });
    } catch (error) {
      await claim.release().catch(() => undefined);
      // One unreadable file (gone, forbidden) must not hold up the others.
      if (!isSftpStatus(error)) throw error;
      this.logger.warn(
        `${remote.name}: cannot read ${file.path}, left for the next poll: ${reasonOf(error)}`,
      );
      return false;
    }
    this.logger.debug(
      `${remote.name}: ${file.path} journaled as ${result.interchangeId} (${result.outcome})`,
    );
    await this.acknowledge(remote, session, file, result);
    await this.clear(remote, session, file, result);
    return true;
  }

  /** A CONTRL that cannot be written is still in the journal; the file is cleared anyway. */
  private async acknowledge(
    remote: SftpRemoteConfig,
    session: SftpRemoteSession,
    file: RemoteFile,
    result: IngestResult,
  ): Promise<void> {
    if (remote.contrlDirectory === undefined) return;
    const path = posix.join(remote.contrlDirectory, `${file.name}.contrl`);
    try {
      await session.writeWhole(path, Buffer.from(result.contrl, 'utf8'));
    } catch (error) {
      this.logger.error(
        `${remote.name}: cannot write ${path}, the CONTRL of interchange ${result.interchangeId} (it is in the journal): ${reasonOf(error)}`,
      );
    }
  }

  private async clear(
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
