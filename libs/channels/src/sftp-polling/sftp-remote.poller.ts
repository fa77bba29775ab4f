import { Inject, Injectable, Logger } from '@nestjs/common';
import { REDIS_CONFIG, RedisConfig, SFTP_CONFIG, SftpConfig, SftpRemoteConfig } from '@app/config';
import { IngestInterchange, IngestInterchangeUseCase, IngestResult } from '@app/ingest';
import { posix } from 'node:path';
import { InboundSubject } from '../quarantine/inbound.subject';
import { QuarantineVerdict } from '../quarantine/ingest-attempt.outcome';
import { PoisonQuarantinePolicy } from '../quarantine/poison-quarantine.policy';
import { fileClaimKey } from './file-claim.key';
import { FILE_CLAIMS, FileClaim, FileClaims } from './file-claims.port';
import { PolledFileQuarantine } from './polled-file.quarantine';
import { isPollable } from './pollable-file.rule';
import { RemoteFile } from './remote-file';
import { RemoteFileSettlement } from './remote-file.settlement';
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
 *
 * Every try is counted in the journal before it is made (a poll cannot tell a file seen for the
 * first time from one whose last try crashed the worker). After `ingest.maxAttempts` failed
 * tries the file is quarantined: a copy kept locally (PolledFileQuarantine), a CONTRL with code
 * 18 written back, and the remote file left where it is, never fetched again.
 */
@Injectable()
export class SftpRemotePoller {
  private readonly logger = new Logger(SftpRemotePoller.name);
  private readonly active = new Set<Promise<PollSummary>>();
  /** Keys of files quarantined and left on their remote, skipped without asking the journal. */
  private readonly setAside = new Set<string>();
  private stopping = false;
  private readonly remoteFiles = new RemoteFileSettlement(this.logger);

  constructor(
    @Inject(SFTP_REMOTE_CONNECTOR) private readonly connector: SftpRemoteConnector,
    @Inject(FILE_CLAIMS) private readonly claims: FileClaims,
    @Inject(IngestInterchangeUseCase) private readonly ingest: IngestInterchange,
    @Inject(REDIS_CONFIG) private readonly redis: RedisConfig,
    @Inject(SFTP_CONFIG) private readonly sftp: SftpConfig,
    @Inject(PoisonQuarantinePolicy) private readonly policy: PoisonQuarantinePolicy,
    @Inject(PolledFileQuarantine) private readonly quarantine: PolledFileQuarantine,
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
        if (this.setAside.has(InboundSubject.polledKey(remote.name, file))) continue;
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
    const receivedAt = new Date();
    let bytes: Buffer;
    try {
      bytes = await session.read(file.path, limit);
    } catch (error) {
      await claim.release().catch(() => undefined);
      // One unreadable file (gone, forbidden) must not hold up the others.
      if (!isSftpStatus(error)) throw error;
      this.logger.warn(
        `${remote.name}: cannot read ${file.path}, left for the next poll: ${reasonOf(error)}`,
      );
      return false;
    }
    const subject = InboundSubject.polled(remote.name, remote.carrierId, file, bytes);
    const outcome = await this.policy.attempt(subject, 'retry', () =>
      this.ingest.execute({
        bytes: bytes.subarray(0, limit),
        channel: 'sftp',
        carrierId: remote.carrierId,
        receivedAt,
        ...(bytes.length > limit
          ? { oversize: { size: Math.max(file.size, bytes.length), limit } }
          : {}),
      }),
    );
    switch (outcome.kind) {
      case 'ingested':
        await this.settle(remote, session, file, outcome.value);
        return true;
      case 'failed':
        await claim.release().catch(() => undefined);
        // Counted, the failure is this file's own: the others are still taken.
        if (!outcome.counted) throw outcome.error;
        this.logger.warn(
          `${remote.name}: ${file.path} not ingested, left for the next poll: ${reasonOf(outcome.error)}`,
        );
        return false;
      case 'quarantine':
        await this.setAsideFile(remote, session, file, subject, outcome);
        return false;
      case 'set-aside':
        this.setAside.add(subject.key);
        return false;
    }
  }

  private async settle(
    remote: SftpRemoteConfig,
    session: SftpRemoteSession,
    file: RemoteFile,
    result: IngestResult,
  ): Promise<void> {
    this.logger.debug(
      `${remote.name}: ${file.path} journaled as ${result.interchangeId} (${result.outcome})`,
    );
    const of = `interchange ${result.interchangeId} (it is in the journal)`;
    await this.remoteFiles.acknowledge(remote, session, file, result.contrl, of);
    await this.remoteFiles.clear(remote, session, file, result);
  }

  /** The claim is kept: the file stays on the remote, marked never to be fetched again. */
  private async setAsideFile(
    remote: SftpRemoteConfig,
    session: SftpRemoteSession,
    file: RemoteFile,
    subject: InboundSubject,
    verdict: QuarantineVerdict,
  ): Promise<void> {
    const copy = await this.quarantine.keepCopy(remote.name, file, subject);
    const contrl = this.policy.rejection(subject, verdict);
    if (contrl !== undefined) {
      await this.remoteFiles.acknowledge(remote, session, file, contrl, 'the quarantine');
    }
    await this.policy.quarantined(subject, verdict, copy, true);
    this.setAside.add(subject.key);
  }
}
