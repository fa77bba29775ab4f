import { Logger } from '@nestjs/common';
import { IngestInterchange, IngestResult } from '@app/ingest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InboundSubject } from '../quarantine/inbound.subject';
import { AttemptMode, PoisonQuarantinePolicy } from '../quarantine/poison-quarantine.policy';
import { CarrierSftpTree } from './carrier-sftp.tree';
import { InboxQuarantine, QuarantinedUpload } from './inbox.quarantine';

/** Where a complete upload ended up once journaled. */
export interface IngestedUpload extends Pick<IngestResult, 'interchangeId' | 'outcome' | 'contrl'> {
  kind: 'ingested';
  /** File name under archive/. */
  archivedAs: string;
  /** File name under outbox/. */
  contrlFile: string;
}

export type TakenUpload = IngestedUpload | QuarantinedUpload;

/**
 * Takes one complete file from a carrier's inbox: ingest (journal committed), then move it to
 * archive/ and leave its CONTRL as outbox/<name>.contrl. If ingest fails (an outage) the file
 * stays in the inbox, untouched, and the promise rejects; once it has failed or crashed
 * `ingest.maxAttempts` times it goes to quarantine/ instead (PoisonQuarantinePolicy).
 */
export class InboxFileIngester {
  private readonly logger = new Logger('SftpInbox');
  private readonly running = new Set<Promise<unknown>>();
  private readonly quarantine: InboxQuarantine;

  constructor(
    private readonly ingestion: IngestInterchange,
    private readonly policy: PoisonQuarantinePolicy,
  ) {
    this.quarantine = new InboxQuarantine(policy);
  }

  /** `retry` for a file found in the inbox at start: its try is counted before it is made. */
  ingest(
    tree: CarrierSftpTree,
    name: string,
    oversize?: { size: number; limit: number },
    mode: AttemptMode = 'first',
  ): Promise<TakenUpload> {
    const work = this.run(tree, name, oversize, mode);
    this.running.add(work);
    const forget = () => this.running.delete(work);
    work.then(forget, forget);
    return work;
  }

  /** Waits for every ingest under way (at shutdown, before the journal closes). */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }

  private async run(
    tree: CarrierSftpTree,
    name: string,
    oversize: { size: number; limit: number } | undefined,
    mode: AttemptMode,
  ): Promise<TakenUpload> {
    const receivedAt = new Date();
    const read = await readFile(join(tree.inbox, name));
    const bytes = oversize ? read.subarray(0, oversize.limit) : read;
    const subject = InboundSubject.upload(tree.carrierId, name, bytes);
    const outcome = await this.policy.attempt(subject, mode, () =>
      this.ingestion.execute({
        bytes,
        channel: 'sftp',
        carrierId: tree.carrierId,
        receivedAt,
        ...(oversize ? { oversize } : {}),
      }),
    );
    switch (outcome.kind) {
      case 'ingested':
        return this.answer(tree, name, outcome.value);
      case 'quarantine':
        return this.quarantine.moveAside(tree, name, subject, outcome);
      case 'failed':
        throw outcome.error;
      case 'set-aside':
        throw new Error('it was quarantined before and is not tried again');
    }
  }

  private async answer(
    tree: CarrierSftpTree,
    name: string,
    result: IngestResult,
  ): Promise<IngestedUpload> {
    const { interchangeId, outcome, contrl } = result;
    const archivedAs = await tree.moveFromInbox(name, 'archive', [
      name,
      `${interchangeId}-${name}`,
      `${interchangeId}-${Date.now()}-${name}`,
    ]);
    const contrlFile = `${name}.contrl`;
    await tree.leaveContrl(contrlFile, contrl, interchangeId);
    this.logger.log(
      `SFTP ${tree.carrierId}: inbox/${name} is interchange ${interchangeId} (${outcome}); archive/${archivedAs}, outbox/${contrlFile}`,
    );
    return { kind: 'ingested', interchangeId, outcome, contrl, archivedAs, contrlFile };
  }
}
