import { Inject, Injectable } from '@nestjs/common';
import { CarrierRegistry } from '@app/carriers';
import { InterchangeHeader } from '@app/edifact';
import { contentDigest, InterchangeRecord } from '@app/journal';
import { headerOnlyReading, InterchangeInspection, ValidationReport } from '@app/validation';
import { nextContrlReference } from './contrl-reference';
import {
  duplicateFinding,
  senderFinding,
  sizeFindings,
  uninspectedFindings,
} from './ingest.findings';
import { IngestInterchangeCommand } from './ingest-interchange.command';
import { IngestResult } from './ingest-result';
import { findingRecordOf, messageRecordOf } from './message-record.mapper';
import { INGEST_JOURNAL, IngestJournal } from './ports/ingest-journal.port';
import { INGEST_OUTBOX, IngestOutbox } from './ports/ingest-outbox.port';
import { INTERCHANGE_INSPECTOR, InterchangeInspector } from './ports/interchange-inspector.port';

/** What ingest concluded, journaled with the interchange: the report, and a duplicate's original. */
interface Verdict {
  report: ValidationReport;
  duplicateOf?: string;
}

/**
 * The one ingest use case every channel calls: check, decide, journal in one transaction, and
 * only then answer. Hand-off to the queue happens after the commit; the sweeper covers a crash.
 */
@Injectable()
export class IngestInterchangeUseCase {
  constructor(
    @Inject(INGEST_JOURNAL) private readonly journal: IngestJournal,
    private readonly carriers: CarrierRegistry,
    @Inject(INGEST_OUTBOX) private readonly outbox: IngestOutbox,
    @Inject(INTERCHANGE_INSPECTOR) private readonly inspector: InterchangeInspector,
  ) {}

  async execute(command: IngestInterchangeCommand): Promise<IngestResult> {
    const { bytes, carrierId, receivedAt } = command;
    const outcome = await this.inspector.inspect(bytes, receivedAt, carrierId);
    const inspection = new InterchangeInspection(
      outcome.kind === 'read' ? outcome.reading : headerOnlyReading(bytes),
      { now: receivedAt },
    );
    const { header } = inspection;
    const sha256 = contentDigest(bytes);
    // What kept the interchange from being read whole leads: the rest follows from it.
    const cause = [...uninspectedFindings(outcome), ...sizeFindings(command)];
    const mayUseSender =
      carrierId !== undefined && this.carriers.mayUseSender(carrierId, header.sender.id);
    const extra = mayUseSender ? [] : [senderFinding(carrierId, header.sender.id)];
    // Only an interchange rejected for nothing else is looked up as a possible resend.
    const identity =
      cause.length + extra.length > 0
        ? undefined
        : { senderId: header.sender.id, controlReference: header.controlReference, sha256 };
    const { recorded, verdict } = await this.journal.record(identity, (earlier) => {
      const duplicateOf = earlier?.id;
      const findings =
        duplicateOf === undefined
          ? extra
          : [...extra, duplicateFinding(duplicateOf, header.controlReference)];
      const report = inspection.conclude(findings, nextContrlReference(receivedAt), cause);
      const verdict: Verdict = { report, ...(duplicateOf !== undefined ? { duplicateOf } : {}) };
      return { record: this.recordOf(command, header, sha256, verdict), verdict };
    });
    if (recorded.outboxMessageIds.length > 0) {
      // Committed already, so the carrier is answered now, not after the queue: while Redis is
      // unreachable the hand-off waits or fails, and the outbox sweeper retries it; nothing is lost.
      // The dispatcher reports failures, once a streak rather than once an interchange.
      void this.outbox.dispatch(recorded.outboxMessageIds).catch(() => undefined);
    }
    const { report, duplicateOf } = verdict;
    return {
      interchangeId: recorded.interchangeId,
      outcome: duplicateOf !== undefined ? 'duplicate' : report.outcome,
      ...(duplicateOf !== undefined ? { duplicateOf } : {}),
      contrl: report.contrl,
      report,
    };
  }

  private recordOf(
    command: IngestInterchangeCommand,
    header: InterchangeHeader,
    sha256: string,
    { report, duplicateOf }: Verdict,
  ): InterchangeRecord {
    const duplicate = duplicateOf !== undefined;
    const { carrierId } = command;
    return {
      carrierId: carrierId !== undefined && this.carriers.byId(carrierId) ? carrierId : null,
      channel: command.channel,
      senderId: header.sender.id,
      recipientId: header.recipient.id,
      controlReference: header.controlReference,
      raw: command.bytes,
      sha256,
      test: header.test,
      outcome: duplicate
        ? 'duplicate'
        : report.outcome === 'accepted' || report.messages.some((m) => m.outcome === 'accepted')
          ? 'accepted'
          : 'rejected',
      receivedAt: command.receivedAt,
      duplicateOf: duplicateOf ?? null,
      messages: report.messages.map((m) => messageRecordOf(m, duplicate)),
      findings: report.findings
        .filter((f) => f.location.messageIndex === undefined)
        .map(findingRecordOf),
      contrl: report.contrl,
    };
  }
}

/** What a channel adapter calls: the use case's one method (what a spec's fake implements). */
export type IngestInterchange = Pick<IngestInterchangeUseCase, 'execute'>;
