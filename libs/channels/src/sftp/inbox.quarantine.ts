import { InboundSubject } from '../quarantine/inbound.subject';
import { QuarantineVerdict } from '../quarantine/ingest-attempt.outcome';
import { PoisonQuarantinePolicy } from '../quarantine/poison-quarantine.policy';
import { CarrierSftpTree } from './carrier-sftp.tree';

/** Where a poison upload ended up. */
export interface QuarantinedUpload {
  kind: 'quarantined';
  attempts: number;
  /** File name under quarantine/. */
  quarantinedAs: string;
  /** File name under outbox/; undefined when no CONTRL could be made. */
  contrlFile: string | undefined;
}

/**
 * Moves an upload that failed too often from inbox/ to quarantine/ (beside it in the carrier's
 * tree, read-only, so the carrier sees what became of it) and answers it in outbox/.
 */
export class InboxQuarantine {
  constructor(private readonly policy: PoisonQuarantinePolicy) {}

  async moveAside(
    tree: CarrierSftpTree,
    name: string,
    subject: InboundSubject,
    verdict: QuarantineVerdict,
  ): Promise<QuarantinedUpload> {
    await tree.ensure();
    const quarantinedAs = await tree.moveFromInbox(name, 'quarantine', [
      name,
      `${Date.now()}-${name}`,
    ]);
    const contrl = this.policy.rejection(subject, verdict);
    const contrlFile = contrl === undefined ? undefined : `${name}.contrl`;
    if (contrl !== undefined && contrlFile !== undefined) {
      await tree.leaveContrl(contrlFile, contrl, 'quarantine');
    }
    await this.policy.quarantined(subject, verdict, `quarantine/${quarantinedAs}`);
    return { kind: 'quarantined', attempts: verdict.attempts, quarantinedAs, contrlFile };
  }
}
