import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { Segment } from '../model/segment';
import { CharacterRepertoire } from './character-repertoire';
import {
  ByteClasses,
  HIGH,
  INVALID,
  LINE_FOLD,
  PLAIN,
  RELEASE,
  SEPARATOR,
  TERMINATOR,
} from './byte-classes.table';
import {
  COMPONENT,
  ELEMENT,
  REPETITION,
  SEGMENT_END,
  SegmentFieldsCollector,
} from './segment-fields.collector';
import { ServiceCharacters } from './service-characters';
import { ShortValueInterner } from './short-value.interner';

/** What the tokenizer saw wrong in one segment; the envelope reader gives it context. */
export type TokenProblem =
  | {
      kind: 'invalid-character';
      element: number;
      component: number;
      value: string;
      character: string;
    }
  | { kind: 'bad-tag'; value: string }
  | { kind: 'oversize'; bytes: number }
  | { kind: 'unterminated' }
  | { kind: 'trailing-separator'; element: number };

export interface TokenizedSegment {
  segment: Segment;
  problems: readonly TokenProblem[];
}

const CR = 0x0d;
const LF = 0x0a;
/** Offsets beyond this do not fit a mark: (offset << 2) | kind; such (huge) segments take the slow path. */
const MAX_MARKED_OFFSET = 0x1fffffff;
/** Shared by all tokenizers: a bounded set of tags and codes, the same in every interchange. */
const SHORT_VALUES = new ShortValueInterner();
/** Shared by the segments read without a problem (most): nothing reads it to change it. */
const NO_PROBLEMS: readonly TokenProblem[] = [];

function isBlank(b: number): boolean {
  return b === 0x20 || b === CR || b === LF || b === 0x09;
}

function isTag(tag: string): boolean {
  if (tag.length !== 3) return false;
  for (let k = 0; k < 3; k++) {
    const c = tag.charCodeAt(k);
    if (c < 0x41 || c > 0x5a) return false;
  }
  return true;
}

/**
 * Splits an interchange body into segments in one pass over the bytes. CR/LF anywhere are line
 * folding (carriers and relays hard-wrap), never data; blanks between segments are skipped.
 * Each value is decoded per the repertoire with release characters removed.
 */
export class SegmentTokenizer {
  private pos: number;
  private index = 0;
  private repertoire: CharacterRepertoire | undefined;
  private repetition: number | null = null;
  private decoder: TextDecoder | undefined;
  /** Separator positions in the segment being read, reused from segment to segment. */
  private marks: Int32Array = new Int32Array(256);
  private readonly fields = new SegmentFieldsCollector();
  private bytes: ByteClasses;
  /** The whole input as Latin-1 text, decoded once when a first long value is read. */
  private text: string | undefined;

  constructor(
    private readonly input: Buffer,
    start: number,
    private readonly chars: ServiceCharacters,
    private readonly maxSegmentBytes: number,
  ) {
    this.pos = start;
    this.bytes = ByteClasses.of(chars, null, null);
  }

  /** Set once UNB names the repertoire and syntax version (repetition is v4 only). */
  configure(repertoire: CharacterRepertoire | undefined, repetitionActive: boolean): void {
    this.repertoire = repertoire;
    this.repetition = repetitionActive ? this.chars.repetition : null;
    this.bytes = ByteClasses.of(this.chars, this.repetition, repertoire?.allowed ?? null);
    // Only the non-Latin-1 ISO 8859 parts need a decoder; UTF-8 decodes through Buffer.
    this.decoder =
      repertoire?.singleByte && repertoire.encoding !== 'latin1'
        ? new TextDecoder(repertoire.encoding)
        : undefined;
  }

  get offset(): number {
    return this.pos;
  }

  next(): TokenizedSegment | null {
    const input = this.input;
    const n = input.length;
    let i = this.pos;
    while (i < n && isBlank(input[i])) i++;
    if (i >= n) {
      this.pos = n;
      return null;
    }
    const start = i;
    const { classes, separators, flags: byteFlags } = this.bytes;
    // Separators past the size limit are not recorded: such a segment is never split.
    const limit = start + Math.min(this.maxSegmentBytes, MAX_MARKED_OFFSET);
    let marks = this.marks;
    let m = 0;
    let hasRelease = false;
    let hasFold = false;
    let flags = 0;
    while (i < n) {
      const b = input[i];
      const kind = classes[b];
      if (kind !== PLAIN) {
        if (kind === TERMINATOR) break;
        if (kind === SEPARATOR) {
          if (i <= limit) {
            if (m === marks.length) marks = this.grow();
            marks[m++] = ((i - start) << 2) | separators[b];
          }
        } else if (kind === RELEASE) {
          hasRelease = true;
          // The released character is the next one; a line fold between them is not data.
          i++;
          while (i < n && (input[i] === CR || input[i] === LF)) {
            hasFold = true;
            i++;
          }
          if (i < n) flags |= byteFlags[input[i]];
        } else if (kind === LINE_FOLD) hasFold = true;
        else flags |= byteFlags[b];
      }
      i++;
    }
    const high = (flags & HIGH) !== 0;
    const bad = (flags & INVALID) !== 0;
    const terminated = i < n;
    const end = terminated ? i : n;
    this.pos = terminated ? i + 1 : n;
    let problems: TokenProblem[] | undefined;
    if (!terminated) problems = [{ kind: 'unterminated' }];
    const size = end - start;
    if (size > this.maxSegmentBytes) {
      (problems ??= []).push({ kind: 'oversize', bytes: size });
      return {
        segment: {
          tag: input.toString('latin1', start, Math.min(start + 3, end)),
          elements: [],
          index: this.index++,
          offset: start,
        },
        problems,
      };
    }
    if (hasRelease || hasFold || size > MAX_MARKED_OFFSET) {
      const text = input.toString('latin1', start, end);
      this.splitReleased(hasFold ? text.replace(/[\r\n]/g, '') : text);
    } else this.splitMarked(start, end, marks, m);
    const segment = this.fields.toSegment(this.index++, start);
    if (!isTag(segment.tag)) (problems ??= []).push({ kind: 'bad-tag', value: segment.tag });
    problems = this.finish(segment, problems, bad, high);
    return { segment, problems: problems ?? NO_PROBLEMS };
  }

  private grow(): Int32Array {
    const bigger = new Int32Array(this.marks.length * 2);
    bigger.set(this.marks);
    this.marks = bigger;
    return bigger;
  }

  /**
   * Fast path: no release character and no line fold, so the recorded marks split the bytes.
   * Short values come from the interner; longer ones are cut from the input decoded once as a
   * whole (one native call, not one a segment: most segments hold a long value).
   */
  private splitMarked(start: number, end: number, marks: Int32Array, m: number): void {
    const input = this.input;
    const fields = this.fields;
    fields.reset();
    let from = start;
    for (let k = 0; k <= m; k++) {
      const last = k === m;
      const to = last ? end : start + (marks[k] >> 2);
      const length = to - from;
      let value = '';
      if (length > 3) {
        this.text ??= input.toString('latin1');
        value = this.text.slice(from, to);
      } else if (length > 0) value = SHORT_VALUES.read(input, from, length);
      fields.add(value, last ? SEGMENT_END : marks[k] & 3);
      from = to + 1;
    }
  }

  /** Slow path for segments holding a release character (or folded lines): walk the characters. */
  private splitReleased(text: string): void {
    const { component, element, release } = this.chars;
    const repetition = this.repetition;
    const fields = this.fields;
    fields.reset();
    let cur = '';
    let from = 0;
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c === release) {
        // Keep what came before, drop the release character, take the next one literally.
        cur += text.slice(from, k);
        from = ++k;
      } else if (c === component || c === element || c === repetition) {
        fields.add(
          cur + text.slice(from, k),
          c === component ? COMPONENT : c === element ? ELEMENT : REPETITION,
        );
        cur = '';
        from = k + 1;
      }
    }
    fields.add(cur + text.slice(from), SEGMENT_END);
  }

  /** Decodes non-ASCII values and records invalid characters and trailing separators. */
  private finish(
    segment: Segment,
    found: TokenProblem[] | undefined,
    bad: boolean,
    high: boolean,
  ): TokenProblem[] | undefined {
    let problems = found;
    const elements = segment.elements;
    if (elements.length > 0) {
      const last = elements[elements.length - 1];
      if (last[last.length - 1] === '') {
        (problems ??= []).push({ kind: 'trailing-separator', element: elements.length });
      }
    }
    const repertoire = this.repertoire;
    if (repertoire === undefined || (!bad && !high)) return problems;
    const allowed = repertoire.allowed;
    for (let e = 0; e < elements.length; e++) {
      const comps = elements[e];
      for (let c = 0; c < comps.length; c++) {
        const raw = comps[c];
        const value = high ? this.decode(raw) : raw;
        const at = bad ? this.firstInvalid(raw, allowed) : -1;
        if (at >= 0) {
          (problems ??= []).push({
            kind: 'invalid-character',
            element: e + 1,
            component: c + 1,
            value,
            character: this.describe(raw, at),
          });
        } else if (high && allowed === null && !isUtf8(Buffer.from(raw, 'latin1'))) {
          (problems ??= []).push({
            kind: 'invalid-character',
            element: e + 1,
            component: c + 1,
            value,
            character: 'not valid UTF-8 text',
          });
        }
        comps[c] = value;
      }
    }
    return problems;
  }

  /** Index of the first character the repertoire does not allow (released service characters are fine), or -1. */
  private firstInvalid(raw: string, allowed: Uint8Array | null): number {
    for (let k = 0; k < raw.length; k++) {
      const code = raw.charCodeAt(k);
      const invalid = allowed !== null ? allowed[code] === 0 : code < 0x20;
      if (invalid && !this.isServiceCharacter(code)) return k;
    }
    return -1;
  }

  private isServiceCharacter(code: number): boolean {
    const s = this.chars;
    return (
      code === s.component ||
      code === s.element ||
      code === s.release ||
      code === s.terminator ||
      code === s.repetition
    );
  }

  private decode(latin1: string): string {
    const repertoire = this.repertoire;
    if (repertoire === undefined || repertoire.encoding === 'latin1') return latin1;
    let ascii = true;
    for (let k = 0; k < latin1.length && ascii; k++) ascii = latin1.charCodeAt(k) < 0x80;
    if (ascii) return latin1;
    const bytes = Buffer.from(latin1, 'latin1');
    return this.decoder ? this.decoder.decode(bytes) : bytes.toString('utf8');
  }

  private describe(raw: string, at: number): string {
    const code = raw.charCodeAt(at);
    // Bytes that are UTF-8 where the repertoire is not: name the character the sender meant.
    for (let lead = at; code >= 0x80 && lead >= Math.max(0, at - 3); lead--) {
      const utf8 = Buffer.from(raw.slice(lead, lead + 4), 'latin1').toString('utf8');
      const cp = utf8.codePointAt(0) ?? 0xfffd;
      if (cp !== 0xfffd && Buffer.byteLength(String.fromCodePoint(cp)) > at - lead) {
        return `U+${cp.toString(16).toUpperCase().padStart(4, '0')} '${String.fromCodePoint(cp)}'`;
      }
    }
    if (code < 0x20 || (code >= 0x7f && code < 0xa0)) {
      return `control character 0x${code.toString(16).padStart(2, '0')}`;
    }
    return `'${raw[at]}' (0x${code.toString(16)})`;
  }
}
