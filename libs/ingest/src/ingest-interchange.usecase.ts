import { Inject, Injectable } from '@nestjs/common';
import { CarrierRegistry } from '@app/carriers';
import { Finding, syntaxFinding } from '@app/edifact';
import {
  InterchangeRepository,
  JournalWriter,
  JOURNAL_DATABASE,
  contentDigest,
  inDurableTransaction,
  Database,
} from '@app/journal';
import { InterchangeInspection } from '@app/validation';
import { Kysely } from 'kysely';
import { nextContrlReference } from './contrl-reference';
import { IngestInterchangeCommand } from './ingest-interchange.command';
import { IngestResult } from './ingest-result';
import { findingRecordOf, messageRecordOf } from './message-record.mapper';
import { OUTBOX_DISPATCHER, OutboxDispatcher } from '@app/pipeline';

/**
 * The one ingest use case every channel calls: check, decide, journal in one transaction, and
 * only then answer. Hand-off to the queue happens after the commit; the sweeper covers a crash.
 */
@Injectable()
export class IngestInterchangeUseCase {
  constructor(
    @Inject(JOURNAL_DATABASE) private readonly db: Kysely<Database>,
    private readonly carriers: CarrierRegistry,
    @Inject(OUTBOX_DISPATCHER) private readonly outbox: OutboxDispatcher,
  ) {}

  async execute(command: IngestInterchangeCommand): Promise<IngestResult> {
    const inspection = new InterchangeInspection(command.bytes, {
      now: command.receivedAt,
      keepContent: false,
    });
    const header = inspection.header;
    const sha256 = contentDigest(command.bytes);
    const result = await inDurableTransaction(this.db, async (trx) => {
      const extra = [
        ...this.sizeFindings(command),
        ...this.senderFindings(command.carrierId, header.sender.id),
      ];
      const earlier =
        extra.length > 0
          ? undefined
          : await this.findEarlier(
              new InterchangeRepository(trx),
              header.sender.id,
              header.controlReference,
              sha256,
            );
      if (earlier !== undefined) extra.push(duplicateFinding(earlier.id, header.controlReference));
      const report = inspection.conclude(extra, nextContrlReference(command.receivedAt));
      const duplicate = earlier !== undefined;
      const envelopeFindings = report.findings.filter((f) => f.location.messageIndex === undefined);
      const recorded = await new JournalWriter(trx).recordInterchange({
        carrierId:
          command.carrierId !== undefined && this.carriers.byId(command.carrierId)
            ? command.carrierId
            : null,
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
        duplicateOf: earlier?.id ?? null,
        messages: report.messages.map((m) => messageRecordOf(m, duplicate)),
        findings: envelopeFindings.map(findingRecordOf),
        contrl: report.contrl,
      });
      return { recorded, report, duplicateOf: earlier?.id };
    });
    const { recorded, report, duplicateOf } = result;
    if (recorded.outboxMessageIds.length > 0) {
      // Committed already, so the carrier is answered now, not after the queue: while Redis is
      // unreachable the hand-off waits or fails, and the outbox sweeper retries it; nothing is lost.
      // The dispatcher reports failures, once a streak rather than once an interchange.
      void this.outbox.dispatch(recorded.outboxMessageIds).catch(() => undefined);
    }
    return {
      interchangeId: recorded.interchangeId,
      outcome: duplicateOf !== undefined ? 'duplicate' : report.outcome,
      ...(duplicateOf !== undefined ? { duplicateOf } : {}),
      contrl: report.contrl,
      report,
    };
  }

  private sizeFindings(command: IngestInterchangeCommand): Finding[] {
    if (command.oversize === undefined) return [];
    const { size, limit } = command.oversize;
    return [
      syntaxFinding(
        'interchange',
        '18',
        'gateway.size',
        `The interchange is ${size} bytes, over this channel's limit of ${limit}; only its first ${limit} bytes were kept.`,
        { tag: 'UNB', value: String(size) },
      ),
    ];
  }

  private senderFindings(carrierId: string | undefined, senderId: string): Finding[] {
    if (carrierId !== undefined && this.carriers.mayUseSender(carrierId, senderId)) return [];
    const who = carrierId === undefined ? 'an unidentified client' : `carrier '${carrierId}'`;
    return [
      syntaxFinding(
        'interchange',
        '23',
        'gateway.sender',
        `Interchange sender '${senderId}' is not registered for ${who}.`,
        { tag: 'UNB', element: 2, component: 1, value: senderId },
      ),
    ];
  }

  private async findEarlier(
    repo: InterchangeRepository,
    senderId: string,
    reference: string,
    sha256: string,
  ) {
    await repo.lockIdentity(senderId, reference, sha256);
    const byReference =
      senderId !== '' && reference !== ''
        ? await repo.findEarlierBySenderReference(senderId, reference)
        : undefined;
    return byReference ?? (await repo.findEarlierBySha256(sha256));
  }
}

function duplicateFinding(earlierId: string, reference: string): Finding {
  return syntaxFinding(
    'interchange',
    '26',
    'gateway.duplicate',
    `Interchange '${reference}' was received before (journal id ${earlierId}); it is not routed again.`,
    { tag: 'UNB', element: 5, component: 1, value: reference },
  );
}
