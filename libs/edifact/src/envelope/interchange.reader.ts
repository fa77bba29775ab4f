import { BoundedFindings, MAX_FINDINGS } from '../findings/bounded-findings.collector';
import { Finding } from '../findings/finding';
import { EdifactMessage, GroupHeader, Interchange, InterchangeHeader } from '../model/interchange';
import { Segment } from '../model/segment';
import { valueAt } from '../model/segment-value';
import { characterRepertoire } from '../syntax/character-repertoire';
import { SegmentTokenizer, TokenizedSegment } from '../syntax/segment.tokenizer';
import { guessServiceCharacters, readServiceStringAdvice } from '../syntax/service-string.reader';
import { unwrapInput } from '../syntax/type-b.unwrapper';
import { syntaxFinding } from './finding.factory';
import { checkMessageTrailer, countMatches, readMessageHeader } from './message-envelope.check';
import { describeProblem } from './token-problem.describer';
import { readUnb } from './unb.reader';

export interface ReadOptions {
  /** Largest interchange read, in bytes (default 64 MiB). */
  maxInterchangeBytes?: number;
  /** Largest segment read, in bytes: a lost terminator must not swallow the file (default 256 KiB). */
  maxSegmentBytes?: number;
  /** Findings kept (default MAX_FINDINGS); the rest are counted in `droppedFindings`. */
  maxFindings?: number;
  /** Read only the UNA and the UNB: enough to answer an interchange that cannot be inspected. */
  headerOnly?: boolean;
}

function emptyHeader(): InterchangeHeader {
  return {
    syntaxId: '',
    syntaxVersion: 0,
    sender: { id: '', qualifier: '' },
    recipient: { id: '', qualifier: '' },
    date: '',
    time: '',
    controlReference: '',
    applicationReference: '',
    ackRequested: false,
    test: false,
  };
}

/**
 * Reads one interchange from bytes: unwraps transport envelopes, reads the UNA, tokenizes and
 * checks every envelope invariant. Never throws on input: every fault becomes a finding.
 */
export function readInterchange(input: Buffer, options: ReadOptions = {}): Interchange {
  return new InterchangeReading(input, options).read();
}

/** Read with guessed separators, a value runs on past its end: keep only its plain-ASCII start. */
function recoveredHeader(header: InterchangeHeader): InterchangeHeader {
  const cut = (v: string) => /^[\x21-\x7e]*/.exec(v)?.[0] ?? '';
  return {
    ...header,
    sender: { id: cut(header.sender.id), qualifier: cut(header.sender.qualifier) },
    recipient: { id: cut(header.recipient.id), qualifier: cut(header.recipient.qualifier) },
    controlReference: cut(header.controlReference),
    applicationReference: cut(header.applicationReference),
  };
}

class InterchangeReading {
  private readonly findings: BoundedFindings;
  private readonly messages: EdifactMessage[] = [];
  private readonly groups: GroupHeader[] = [];
  private header: InterchangeHeader = emptyHeader();
  private readonly references = new Set<string>();
  private group: GroupHeader | undefined;
  private groupMessages = 0;
  private ungrouped = 0;
  private message: EdifactMessage | undefined;
  private sawUnb = false;
  private sawUnz = false;
  private trailingNoted = false;
  private segmentCount = 0;

  constructor(
    private readonly input: Buffer,
    private readonly options: ReadOptions,
  ) {
    this.findings = new BoundedFindings(options.maxFindings ?? MAX_FINDINGS);
  }

  read(): Interchange {
    const max = this.options.maxInterchangeBytes ?? 64 * 1024 * 1024;
    const { body, typeB } = unwrapInput(this.input);
    const una = readServiceStringAdvice(body, 0);
    this.findings.addAll(una.findings);
    const tooLarge = body.length > max;
    if (tooLarge) {
      this.findings.add(
        syntaxFinding(
          'interchange',
          '18',
          'envelope.size',
          `The interchange is ${body.length} bytes, over the limit of ${max}.`,
          { tag: 'UNB' },
        ),
      );
    }
    // Past an unreadable UNA, read only the UNB (with separators guessed from it) so the CONTRL can name it.
    const unb = una.readable ? -1 : body.indexOf('UNB', 3);
    const from = una.readable || unb < 0 ? una.next : unb;
    const characters =
      una.readable || unb < 0 ? una.characters : guessServiceCharacters(body, unb, 0);
    const tokenizer = new SegmentTokenizer(
      body,
      from,
      characters,
      this.options.maxSegmentBytes ?? 256 * 1024,
    );
    const first = tokenizer.next();
    if (first !== null && first.segment.tag === 'UNB') {
      this.readHeader(first, tokenizer, una.readable);
    } else {
      this.findings.add(
        syntaxFinding(
          'interchange',
          '13',
          'envelope.unb.missing',
          first === null
            ? 'The input holds no EDIFACT segments.'
            : `The interchange must start with UNB; it starts with '${first.segment.tag}'.`,
          { tag: 'UNB', segmentIndex: 0 },
        ),
      );
    }
    // An unreadable UNA or an oversize input leaves nothing trustworthy to read past the header.
    if (una.readable && !tooLarge && this.options.headerOnly !== true) {
      if (first !== null && first.segment.tag !== 'UNB') this.take(first);
      for (let t = tokenizer.next(); t !== null; t = tokenizer.next()) this.take(t);
      this.close();
    }
    return {
      serviceCharacters: { ...una.characters },
      charset: this.header.syntaxId,
      header: this.header,
      groups: this.groups,
      messages: this.messages,
      findings: this.findings.kept,
      droppedFindings: this.findings.dropped,
      typeB,
      segmentCount: this.segmentCount,
    };
  }

  private readHeader(first: TokenizedSegment, tokenizer: SegmentTokenizer, trusted: boolean): void {
    this.sawUnb = true;
    this.segmentCount++;
    const { header, findings } = readUnb(first.segment);
    this.header = trusted ? header : recoveredHeader(header);
    tokenizer.configure(characterRepertoire(header.syntaxId), header.syntaxVersion >= 4);
    // Read with guessed separators, the UNB's own faults are not to be trusted: the UNA fault stands alone.
    if (!trusted) return;
    this.findings.addAll(findings);
    for (const p of first.problems) this.envelopeProblem(first.segment, p);
  }

  private take({ segment, problems }: TokenizedSegment): void {
    this.segmentCount++;
    const tag = segment.tag;
    if (this.sawUnz) {
      // The interchange is whole and verified by UNZ; trailing text (a note, a stray line) is reported, not fatal.
      if (tag === 'UNB' || tag === 'UNA') {
        // A second interchange must not vanish as "trailing text": the carrier is told to resend it.
        this.findings.add(
          syntaxFinding(
            'interchange',
            '33',
            'envelope.second-interchange',
            'A second interchange follows UNZ; send one interchange per submission.',
            { tag, segmentIndex: segment.index },
          ),
        );
        this.trailingNoted = true;
      } else if (!this.trailingNoted) {
        this.trailingNoted = true;
        this.findings.add({
          kind: 'quality',
          severity: 'warning',
          rule: 'envelope.after-unz',
          message: `Text after UNZ was ignored, starting '${tag}'.`,
          location: { tag, segmentIndex: segment.index, value: tag },
        });
      }
      return;
    }
    if (this.message !== undefined) {
      if (tag === 'UNH' || tag === 'UNE' || tag === 'UNZ' || tag === 'UNG') {
        this.endMessage(undefined);
      } else {
        this.message.segments.push(segment);
        for (let k = 0; k < problems.length; k++) {
          this.findings.add(describeProblem(problems[k], segment, this.message, this.messageIndex));
        }
        if (tag === 'UNT') this.endMessage(segment);
        return;
      }
    }
    for (let k = 0; k < problems.length; k++) {
      const p = problems[k];
      // A final UNZ cut off only at its terminator is still verified by its count and reference.
      if (tag === 'UNZ' && p.kind === 'unterminated') {
        this.findings.add({
          kind: 'quality',
          severity: 'warning',
          rule: 'syntax.segment-terminator',
          message: 'UNZ has no segment terminator at the end of the input; tolerated.',
          location: { tag, segmentIndex: segment.index },
        });
      } else this.envelopeProblem(segment, p);
    }
    switch (tag) {
      case 'UNH':
        return this.startMessage(segment);
      case 'UNG':
        return this.startGroup(segment);
      case 'UNE':
        return this.endGroup(segment);
      case 'UNZ':
        return this.endInterchange(segment);
      default:
        // A segment whose tag is unreadable is already reported (12): once is enough.
        if (problems.some((p) => p.kind === 'bad-tag')) return;
        this.findings.add(
          syntaxFinding(
            this.group ? 'group' : 'interchange',
            '33',
            'envelope.outside-message',
            `Segment '${tag}' stands outside any message (between UNT and UNH).`,
            { tag, segmentIndex: segment.index, groupReference: this.group?.reference },
          ),
        );
    }
  }

  private envelopeProblem(segment: Segment, problem: TokenizedSegment['problems'][number]): void {
    const finding = describeProblem(problem, segment, undefined);
    if (finding.kind === 'syntax' && this.group !== undefined) {
      finding.level = 'group';
      finding.location.groupReference = this.group.reference;
    }
    this.findings.add(finding);
  }

  private startMessage(unh: Segment): void {
    if (this.group === undefined && this.groups.length > 0) {
      this.findings.add(
        syntaxFinding(
          'interchange',
          '30',
          'envelope.groups-mixed',
          'A message stands outside a group in an interchange that uses groups.',
          { tag: 'UNH', segmentIndex: unh.index },
        ),
      );
    }
    const { message, findings } = readMessageHeader(unh, this.group?.reference, this.references);
    this.references.add(message.reference);
    this.message = message;
    this.messages.push(message);
    this.addToMessage(findings);
    if (this.group !== undefined) this.groupMessages++;
    else this.ungrouped++;
  }

  private endMessage(unt: Segment | undefined): void {
    if (this.message === undefined) return;
    this.addToMessage(checkMessageTrailer(this.message, unt));
    this.message = undefined;
  }

  /** Place of the message being read. */
  private get messageIndex(): number {
    return this.messages.length - 1;
  }

  private addToMessage(findings: Finding[]): void {
    for (const finding of findings) {
      finding.location.messageIndex = this.messageIndex;
      this.findings.add(finding);
    }
  }

  private startGroup(ung: Segment): void {
    if (this.group !== undefined) this.endGroup(undefined);
    if (this.ungrouped > 0) {
      this.findings.add(
        syntaxFinding(
          'interchange',
          '30',
          'envelope.groups-mixed',
          'A group follows messages that stand outside any group.',
          { tag: 'UNG', segmentIndex: ung.index },
        ),
      );
    }
    this.group = {
      messageGroupId: valueAt(ung, 1),
      sender: { id: valueAt(ung, 2, 1), qualifier: valueAt(ung, 2, 2) },
      recipient: { id: valueAt(ung, 3, 1), qualifier: valueAt(ung, 3, 2) },
      reference: valueAt(ung, 5),
      trailerCount: '',
      segmentIndex: ung.index,
    };
    this.groups.push(this.group);
    this.groupMessages = 0;
    if (this.group.reference === '') {
      this.findings.add(
        syntaxFinding(
          'group',
          '13',
          'envelope.ung.reference',
          'UNG has no group reference number (0048).',
          { tag: 'UNG', segmentIndex: ung.index, element: 5 },
        ),
      );
    }
  }

  private endGroup(une: Segment | undefined): void {
    const group = this.group;
    if (group === undefined) {
      this.findings.add(
        syntaxFinding(
          'interchange',
          '33',
          'envelope.une.unmatched',
          'UNE closes a group that was never opened.',
          { tag: 'UNE', segmentIndex: une?.index },
        ),
      );
      return;
    }
    const where = { tag: 'UNE', segmentIndex: une?.index, groupReference: group.reference };
    if (une === undefined) {
      this.findings.add(
        syntaxFinding(
          'group',
          '13',
          'envelope.une.missing',
          `Group '${group.reference}' has no UNE trailer.`,
          where,
        ),
      );
    } else {
      group.trailerCount = valueAt(une, 1);
      if (!countMatches(group.trailerCount, this.groupMessages)) {
        this.findings.add(
          syntaxFinding(
            'group',
            '29',
            'envelope.une.count',
            `UNE counts ${group.trailerCount || 'nothing'} messages; the group holds ${this.groupMessages}.`,
            { ...where, element: 1, value: group.trailerCount },
          ),
        );
      }
      if (valueAt(une, 2) !== group.reference) {
        this.findings.add(
          syntaxFinding(
            'group',
            '28',
            'envelope.une.reference',
            `UNE reference '${valueAt(une, 2)}' does not match UNG reference '${group.reference}'.`,
            { ...where, element: 2, value: valueAt(une, 2) },
          ),
        );
      }
    }
    if (this.groupMessages === 0) {
      this.findings.add(
        syntaxFinding(
          'group',
          '32',
          'envelope.group.empty',
          `Group '${group.reference}' holds no message.`,
          where,
        ),
      );
    }
    this.group = undefined;
  }

  private endInterchange(unz: Segment): void {
    if (this.group !== undefined) this.endGroup(undefined);
    this.sawUnz = true;
    const expected = this.groups.length > 0 ? this.groups.length : this.messages.length;
    const what = this.groups.length > 0 ? 'groups' : 'messages';
    const count = valueAt(unz, 1);
    const at = { tag: 'UNZ', segmentIndex: unz.index };
    if (!countMatches(count, expected)) {
      this.findings.addPastCap(
        syntaxFinding(
          'interchange',
          '29',
          'envelope.unz.count',
          `UNZ counts ${count || 'nothing'} ${what}; the interchange holds ${expected}.`,
          { ...at, element: 1, value: count },
        ),
      );
    }
    if (valueAt(unz, 2) !== this.header.controlReference) {
      this.findings.addPastCap(
        syntaxFinding(
          'interchange',
          '28',
          'envelope.unz.reference',
          `UNZ reference '${valueAt(unz, 2)}' does not match UNB reference '${this.header.controlReference}'.`,
          { ...at, element: 2, value: valueAt(unz, 2) },
        ),
      );
    }
  }

  private close(): void {
    this.endMessage(undefined);
    if (this.group !== undefined) this.endGroup(undefined);
    // Without a UNB there is no interchange to call truncated or empty: 'UNB missing' says it all.
    if (!this.sawUnb) return;
    if (!this.sawUnz) {
      this.findings.addPastCap(
        syntaxFinding(
          'interchange',
          '13',
          'envelope.unz.missing',
          'The interchange is truncated: there is no UNZ trailer.',
          { tag: 'UNZ' },
        ),
      );
    }
    if (this.messages.length === 0) {
      this.findings.addPastCap(
        syntaxFinding('interchange', '32', 'envelope.empty', 'The interchange holds no message.', {
          tag: 'UNB',
        }),
      );
    }
  }
}
