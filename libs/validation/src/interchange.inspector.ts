import { buildContrl } from '@app/acks';
import { Finding, Interchange, ReadOptions, readInterchange } from '@app/edifact';
import { readMessageContent } from './message-content.reader';
import { normalisedDocumentOf } from './message-document.mapper';
import { reportMessage } from './message.reporter';
import { ValidationReport } from './validation-report';

export interface ValidateOptions {
  /** The clock for date rules and the CONTRL's own date (tests pin it). */
  now?: Date;
  /** Reference of the CONTRL interchange; the gateway takes one from its journal. */
  contrlReference?: string;
  read?: ReadOptions;
}

/**
 * An interchange read and checked against the standards, before the verdict. The gateway adds
 * what only it knows (an unknown sender, a duplicate) through `conclude` before answering.
 */
export class InterchangeInspection {
  readonly interchange: Interchange;
  private readonly now: Date;

  constructor(
    input: Buffer,
    private readonly options: ValidateOptions = {},
  ) {
    this.now = options.now ?? new Date();
    this.interchange = readInterchange(input, options.read);
  }

  /** The verdict and CONTRL, with extra interchange-level findings (UCI 23, 26, 7 …). */
  conclude(extra: Finding[] = [], contrlReference?: string): ValidationReport {
    const interchange = this.interchange;
    const envelope = [...interchange.findings, ...extra];
    const rejected = {
      interchange: envelope.some((f) => f.kind === 'syntax' && f.level === 'interchange'),
      groups: new Set(
        envelope
          .filter((f) => f.kind === 'syntax' && f.level === 'group')
          .map((f) => f.location.groupReference),
      ),
    };
    const readings = interchange.messages.map((m) =>
      reportMessage(m, interchange, this.now, rejected),
    );
    const messages = readings.map(([report]) => report);
    const findings = [...envelope, ...readings.flatMap(([, rules]) => rules)];
    findings.sort((a, b) => (a.location.segmentIndex ?? -1) - (b.location.segmentIndex ?? -1));
    const contrl = buildContrl({
      subject: {
        header: interchange.header,
        groups: interchange.groups,
        messages: interchange.messages,
        serviceCharacters: interchange.serviceCharacters,
      },
      findings,
      controlReference:
        contrlReference ?? this.options.contrlReference ?? defaultReference(this.now),
      now: this.now,
    });
    const isRejected = rejected.interchange || findings.some((f) => f.kind === 'syntax');
    return {
      outcome: isRejected ? 'rejected' : 'accepted',
      interchange: summarize(interchange),
      messages,
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
    return this.interchange.messages.map((m) =>
      normalisedDocumentOf(readMessageContent(m, this.now).content),
    );
  }
}

/** Read, check and answer in one call: what `paxgate validate` does. */
export function validateInterchange(
  input: Buffer,
  options: ValidateOptions = {},
): ValidationReport {
  return new InterchangeInspection(input, options).conclude();
}

function summarize(interchange: Interchange): ValidationReport['interchange'] {
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
