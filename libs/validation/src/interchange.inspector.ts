import { buildContrl } from '@app/acks';
import {
  DroppedFindings,
  Finding,
  InterchangeHeader,
  MAX_FINDINGS,
  ReadOptions,
} from '@app/edifact';
import { findingsCapFinding } from './findings-cap.finding';
import { listFindings } from './findings.lister';
import { Envelope, InspectionReading, readForInspection } from './inspection.reading';
import { normalisedDocumentOf } from './message-document.mapper';
import { reportMessage } from './message.reporter';
import { ValidationReport } from './validation-report';

export interface ValidateOptions {
  /** The clock for date rules and the CONTRL's own date (tests pin it). */
  now?: Date;
  /** Reference of the CONTRL interchange; the gateway takes one from its journal. */
  contrlReference?: string;
  read?: ReadOptions;
  /**
   * Keep what each message's type read (for `documents()`); default true. The gateway does not:
   * its inspections wait for the journal, and a PAXLST's travellers are most of what they hold.
   */
  keepContent?: boolean;
}

/**
 * An interchange read and checked against the standards, before the verdict. The gateway adds
 * what only it knows (an unknown sender, a duplicate) through `conclude` before answering.
 *
 * Every message is read when the inspection is made (or the reading is handed over, made in a
 * worker thread); then only the envelope and the readings are kept, not the segments (nor, with
 * `keepContent: false`, the content read). The gateway's inspections wait for the journal's
 * commit, and every object they hold meanwhile is copied by each young-generation collection.
 */
export class InterchangeInspection {
  private readonly now: Date;
  private readonly reading: InspectionReading;

  constructor(
    input: Buffer | InspectionReading,
    private readonly options: ValidateOptions = {},
  ) {
    this.now = options.now ?? new Date();
    this.reading = Buffer.isBuffer(input)
      ? readForInspection(input, {
          now: this.now,
          keepContent: options.keepContent ?? true,
          ...(options.read !== undefined ? { read: options.read } : {}),
        })
      : input;
  }

  /** The UNB as read. */
  get header(): InterchangeHeader {
    return this.reading.envelope.header;
  }

  /**
   * The verdict and CONTRL, with extra interchange-level findings (UCI 23, 26, 7 …). Findings are
   * listed in the order of the segments up to the cap (faults before warnings: listFindings),
   * then one that counts those left out.
   * `foremost` findings come before what reading found, so the CONTRL names them: a body cut at a
   * channel's limit (18) also lacks its UNZ, but the cut is the cause.
   */
  conclude(
    extra: Finding[] = [],
    contrlReference?: string,
    foremost: Finding[] = [],
  ): ValidationReport {
    const { envelope, messages } = this.reading;
    const cap = this.options.read?.maxFindings ?? MAX_FINDINGS;
    // A stable sort: findings of no segment (-1) keep this order, the foremost first.
    const all = [...foremost, ...envelope.findings, ...extra];
    for (const m of messages) for (const f of m.rules) all.push(f);
    all.sort((a, b) => (a.location.segmentIndex ?? -1) - (b.location.segmentIndex ?? -1));
    const { listed: findings, dropped: cut } = listFindings(all, cap);
    const dropped = sumDropped(envelope.droppedFindings, this.reading.droppedRules, cut);
    if (dropped.syntax + dropped.quality > 0) findings.push(findingsCapFinding(dropped, cap));

    const rejected = {
      interchange: findings.some((f) => f.kind === 'syntax' && f.level === 'interchange'),
      groups: new Set(
        findings
          .filter((f) => f.kind === 'syntax' && f.level === 'group')
          .map((f) => f.location.groupReference),
      ),
    };
    const byMessage = messages.map((): Finding[] => []);
    for (const f of findings) {
      const index = f.location.messageIndex;
      if (index !== undefined) byMessage[index]?.push(f);
    }
    const reports = messages.map((m, i) => reportMessage(m, byMessage[i] ?? [], rejected));
    const contrl = buildContrl({
      subject: {
        header: envelope.header,
        groups: envelope.groups,
        messages: messages.map((m) => m.header),
        serviceCharacters: envelope.serviceCharacters,
      },
      findings,
      controlReference:
        contrlReference ?? this.options.contrlReference ?? defaultReference(this.now),
      now: this.now,
    });
    const isRejected = rejected.interchange || findings.some((f) => f.kind === 'syntax');
    return {
      outcome: isRejected ? 'rejected' : 'accepted',
      interchange: summarize(envelope),
      messages: reports,
      findings,
      contrl: contrl.text,
    };
  }

  /**
   * Each message's normalised JSON, in the interchange's order (null for an unsupported type):
   * what consumers of the json format receive. Made on demand, not at ingest, where no one
   * waits for it.
   */
  documents(): (string | null)[] {
    return this.reading.messages.map((m) => {
      if (m.content === undefined) {
        throw new Error('documents() needs an inspection made with keepContent');
      }
      return normalisedDocumentOf(m.content);
    });
  }
}

function sumDropped(...counts: DroppedFindings[]): DroppedFindings {
  return counts.reduce((sum, c) => ({
    syntax: sum.syntax + c.syntax,
    quality: sum.quality + c.quality,
  }));
}

/** Read, check and answer in one call: what `paxgate validate` does. */
export function validateInterchange(
  input: Buffer,
  options: ValidateOptions = {},
): ValidationReport {
  return new InterchangeInspection(input, options).conclude();
}

function summarize(interchange: Envelope): ValidationReport['interchange'] {
  const h = interchange.header;
  const party = (p: { id: string; qualifier: string }) =>
    p.qualifier ? `${p.id}:${p.qualifier}` : p.id;
  return {
    sender: party(h.sender),
    recipient: party(h.recipient),
    controlReference: h.controlReference,
    syntax: h.syntaxId ? `${h.syntaxId}:${h.syntaxVersion}` : '',
    date: h.date,
    time: h.time,
    applicationReference: h.applicationReference,
    test: h.test,
    ackRequested: h.ackRequested,
    typeB: interchange.typeB,
  };
}

/** A 14-character reference from the clock: unique enough for offline use. */
function defaultReference(now: Date): string {
  return now.toISOString().replace(/\D/g, '').slice(2, 16);
}
