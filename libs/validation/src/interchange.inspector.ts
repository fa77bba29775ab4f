import { buildContrl } from '@app/acks';
import {
  Finding,
  Interchange,
  InterchangeHeader,
  ReadOptions,
  readInterchange,
} from '@app/edifact';
import { readMessageContent } from './message-content.reader';
import { normalisedDocumentOf } from './message-document.mapper';
import { reportedFlightOf } from './message-flight.mapper';
import { ReadMessage, reportMessage } from './message.reporter';
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
 * Every message is read when the inspection is made; then only the envelope and the readings are
 * kept, not the segments (nor, with `keepContent: false`, the content read). The gateway's
 * inspections wait for the journal's commit, and every object they hold meanwhile is copied by
 * each young-generation collection.
 */
export class InterchangeInspection {
  private readonly now: Date;
  /** The interchange as read, less its messages. */
  private readonly envelope: Envelope;
  private readonly messages: ReadMessage[];

  constructor(
    input: Buffer,
    private readonly options: ValidateOptions = {},
  ) {
    this.now = options.now ?? new Date();
    const { messages, ...envelope } = readInterchange(input, options.read);
    this.envelope = envelope;
    const keepContent = options.keepContent ?? true;
    this.messages = messages.map((m) => {
      const { content, ...reading } = readMessageContent(m, this.now);
      const { segments: _segments, ...header } = m;
      const read: ReadMessage = {
        header,
        envelope: envelope.findings.filter(
          (f) =>
            f.location.messageReference === m.reference &&
            f.location.groupReference === m.groupReference,
        ),
        ...reading,
        ...reportedFlightOf(content),
      };
      if (keepContent) read.content = content;
      return read;
    });
  }

  /** The UNB as read. */
  get header(): InterchangeHeader {
    return this.envelope.header;
  }

  /**
   * The verdict and CONTRL, with extra interchange-level findings (UCI 23, 26, 7 …). `foremost`
   * findings come before what reading found, so the CONTRL names them: a body cut at a channel's
   * limit (18) also lacks its UNZ, but the cut is the cause.
   */
  conclude(
    extra: Finding[] = [],
    contrlReference?: string,
    foremost: Finding[] = [],
  ): ValidationReport {
    const envelope = [...foremost, ...this.envelope.findings, ...extra];
    const rejected = {
      interchange: envelope.some((f) => f.kind === 'syntax' && f.level === 'interchange'),
      groups: new Set(
        envelope
          .filter((f) => f.kind === 'syntax' && f.level === 'group')
          .map((f) => f.location.groupReference),
      ),
    };
    const readings = this.messages.map((m) => reportMessage(m, rejected));
    const messages = readings.map(([report]) => report);
    const findings = [...envelope, ...readings.flatMap(([, rules]) => rules)];
    findings.sort((a, b) => (a.location.segmentIndex ?? -1) - (b.location.segmentIndex ?? -1));
    const contrl = buildContrl({
      subject: {
        header: this.envelope.header,
        groups: this.envelope.groups,
        messages: this.messages.map((m) => m.header),
        serviceCharacters: this.envelope.serviceCharacters,
      },
      findings,
      controlReference:
        contrlReference ?? this.options.contrlReference ?? defaultReference(this.now),
      now: this.now,
    });
    const isRejected = rejected.interchange || findings.some((f) => f.kind === 'syntax');
    return {
      outcome: isRejected ? 'rejected' : 'accepted',
      interchange: summarize(this.envelope),
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
    return this.messages.map((m) => {
      if (m.content === undefined) {
        throw new Error('documents() needs an inspection made with keepContent');
      }
      return normalisedDocumentOf(m.content);
    });
  }
}

/** Read, check and answer in one call: what `paxgate validate` does. */
export function validateInterchange(
  input: Buffer,
  options: ValidateOptions = {},
): ValidationReport {
  return new InterchangeInspection(input, options).conclude();
}

type Envelope = Omit<Interchange, 'messages'>;

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
