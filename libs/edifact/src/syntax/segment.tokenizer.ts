import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { Segment } from '../model/segment';
import { CharacterRepertoire } from './character-repertoire';
import { ServiceCharacters } from './service-characters';

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
  problems: TokenProblem[];
}

const CR = 0x0d;
const LF = 0x0a;
/** Separator kinds, kept in the low two bits of a mark: (offset << 2) | kind. */
const ELEMENT = 0;
const COMPONENT = 1;
const REPETITION = 2;
/** Offsets beyond this do not fit a mark; such (huge) segments take the slow path. */
const MAX_MARKED_OFFSET = 0x1fffffff;

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

/** Collects elements, components and v4 repeated occurrences in reading order. */
class FieldBuilder {
  /** Element 0 is the tag. */
  readonly elements: string[][] = [];
  repeats: Record<number, string[][]> | undefined;
  private comps: string[] = [];
  private repeated = false;

  component(value: string): void {
    this.comps.push(value);
  }

  element(value: string): void {
    this.end(value);
    this.repeated = false;
  }

  repetition(value: string): void {
    this.end(value);
    this.repeated = true;
  }

  /** Closes the current occurrence of an element (and, at the end of the segment, the segment). */
  end(value: string): void {
    this.comps.push(value);
    if (this.repeated) {
      // The element being repeated is the last one; its position after the tag is its index.
      const repeats = (this.repeats ??= {});
      (repeats[this.elements.length - 1] ??= []).push(this.comps);
    } else this.elements.push(this.comps);
    this.comps = [];
  }
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

  constructor(
    private readonly input: Buffer,
    start: number,
    private readonly chars: ServiceCharacters,
    private readonly maxSegmentBytes: number,
  ) {
    this.pos = start;
  }

  /** Set once UNB names the repertoire and syntax version (repetition is v4 only). */
  configure(repertoire: CharacterRepertoire | undefined, repetitionActive: boolean): void {
    this.repertoire = repertoire;
    this.repetition = repetitionActive ? this.chars.repetition : null;
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
    const { terminator: term, release: rel, element: el, component: comp } = this.chars;
    const rep = this.repetition ?? -1;
    const allowed = this.repertoire?.allowed ?? null;
    // Separators past the size limit are not recorded: such a segment is never split.
    const limit = start + Math.min(this.maxSegmentBytes, MAX_MARKED_OFFSET);
    let marks = this.marks;
    let m = 0;
    let hasRelease = false;
    let hasFold = false;
    let high = false;
    let bad = false;
    while (i < n) {
      const b = input[i];
      if (b === term) break;
      if (b === el || b === comp || b === rep) {
        if (i <= limit) {
          if (m === marks.length) marks = this.grow();
          marks[m++] =
            ((i - start) << 2) | (b === el ? ELEMENT : b === comp ? COMPONENT : REPETITION);
        }
      } else if (b === rel) {
        hasRelease = true;
        // The released character is the next one; a line fold between them is not data.
        i++;
        while (i < n && (input[i] === CR || input[i] === LF)) {
          hasFold = true;
          i++;
        }
        if (i < n) {
          const e = input[i];
          if (e >= 0x80) high = true;
          if (allowed !== null ? allowed[e] === 0 : e < 0x20) bad = true;
        }
      } else if (b === CR || b === LF) hasFold = true;
      else {
        if (b >= 0x80) high = true;
        if (allowed !== null ? allowed[b] === 0 : b < 0x20) bad = true;
      }
      i++;
    }
    const terminated = i < n;
    const end = terminated ? i : n;
    this.pos = terminated ? i + 1 : n;
    const problems: TokenProblem[] = [];
    if (!terminated) problems.push({ kind: 'unterminated' });
    const size = end - start;
    if (size > this.maxSegmentBytes) {
      problems.push({ kind: 'oversize', bytes: size });
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
    const text = input.toString('latin1', start, end);
    const fields =
      hasRelease || hasFold || size > MAX_MARKED_OFFSET
        ? this.splitReleased(hasFold ? text.replace(/[\r\n]/g, '') : text)
        : this.splitMarked(text, marks, m);
    const elements = fields.elements;
    const tag = elements.shift()?.[0] ?? '';
    if (!isTag(tag)) problems.push({ kind: 'bad-tag', value: tag });
    const segment: Segment = { tag, elements, index: this.index++, offset: start };
    if (fields.repeats !== undefined) segment.repeats = fields.repeats;
    this.finish(segment, problems, bad, high);
    return { segment, problems };
  }

  private grow(): Int32Array {
    const bigger = new Int32Array(this.marks.length * 2);
    bigger.set(this.marks);
    this.marks = bigger;
    return bigger;
  }

  /** Fast path: no release character and no line fold, so the recorded marks split the text. */
  private splitMarked(text: string, marks: Int32Array, m: number): FieldBuilder {
    const fields = new FieldBuilder();
    let from = 0;
    for (let k = 0; k < m; k++) {
      const mark = marks[k];
      const at = mark >> 2;
      const value = text.slice(from, at);
      from = at + 1;
      const kind = mark & 3;
      if (kind === COMPONENT) fields.component(value);
      else if (kind === ELEMENT) fields.element(value);
      else fields.repetition(value);
    }
    fields.end(text.slice(from));
    return fields;
  }

  /** Slow path for segments holding a release character (or folded lines): walk the characters. */
  private splitReleased(text: string): FieldBuilder {
    const { component, element, release } = this.chars;
    const repetition = this.repetition;
    const fields = new FieldBuilder();
    let cur = '';
    let from = 0;
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c === release) {
        // Keep what came before, drop the release character, take the next one literally.
        cur += text.slice(from, k);
        from = ++k;
      } else if (c === component || c === element || c === repetition) {
        const value = cur + text.slice(from, k);
        cur = '';
        from = k + 1;
        if (c === component) fields.component(value);
        else if (c === element) fields.element(value);
        else fields.repetition(value);
      }
    }
    fields.end(cur + text.slice(from));
    return fields;
  }

  /** Decodes non-ASCII values and records invalid characters and trailing separators. */
  private finish(segment: Segment, problems: TokenProblem[], bad: boolean, high: boolean): void {
    const elements = segment.elements;
    if (elements.length > 0) {
      const last = elements[elements.length - 1];
      if (last[last.length - 1] === '') {
        problems.push({ kind: 'trailing-separator', element: elements.length });
      }
    }
    const repertoire = this.repertoire;
    if (repertoire === undefined || (!bad && !high)) return;
    const allowed = repertoire.allowed;
    for (let e = 0; e < elements.length; e++) {
      const comps = elements[e];
      for (let c = 0; c < comps.length; c++) {
        const raw = comps[c];
        const value = high ? this.decode(raw) : raw;
        const at = bad ? this.firstInvalid(raw, allowed) : -1;
        if (at >= 0) {
          problems.push({
            kind: 'invalid-character',
            element: e + 1,
            component: c + 1,
            value,
            character: this.describe(raw, at),
          });
        } else if (high && allowed === null && !isUtf8(Buffer.from(raw, 'latin1'))) {
          problems.push({
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
