import { TextDecoder } from 'node:util';
import { Segment } from '../model/segment';
import { CharacterRepertoire } from './character-repertoire';
import { ServiceCharacters } from './service-characters';

/** What the tokenizer saw wrong in one segment; the envelope reader gives it context. */
export type TokenProblem =
  | { kind: 'invalid-character'; element: number; component: number; value: string; character: string }
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
const TAG = /^[A-Z]{3}$/;

function isBlank(b: number): boolean {
  return b === 0x20 || b === CR || b === LF || b === 0x09;
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
      repertoire?.singleByte && repertoire.encoding !== 'latin1' ? new TextDecoder(repertoire.encoding) : undefined;
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
    const term = this.chars.terminator;
    const rel = this.chars.release;
    const allowed = this.repertoire?.allowed ?? null;
    let hasRelease = false;
    let hasFold = false;
    let high = false;
    let bad = false;
    while (i < n) {
      const b = input[i];
      if (b === term) break;
      if (b === rel) {
        hasRelease = true;
        i += 2;
        continue;
      }
      if (b === CR || b === LF) hasFold = true;
      else {
        if (b >= 0x80) high = true;
        if (allowed !== null ? allowed[b] === 0 : b < 0x20) bad = true;
      }
      i++;
    }
    const end = Math.min(i, n);
    const terminated = i < n;
    this.pos = terminated ? i + 1 : n;
    const problems: TokenProblem[] = [];
    if (!terminated) problems.push({ kind: 'unterminated' });
    const size = end - start;
    if (size > this.maxSegmentBytes) {
      problems.push({ kind: 'oversize', bytes: size });
      return { segment: { tag: input.subarray(start, start + 3).toString('latin1'), elements: [], index: this.index++, offset: start }, problems };
    }
    let text = input.toString('latin1', start, end);
    if (hasFold) text = text.replace(/[\r\n]/g, '');
    const fields = hasRelease ? this.splitReleased(text) : this.splitPlain(text);
    const tag = fields.elements.shift()?.[0] ?? '';
    if (!TAG.test(tag)) problems.push({ kind: 'bad-tag', value: tag });
    const segment: Segment = { tag, elements: fields.elements, index: this.index++, offset: start };
    if (fields.repeats) segment.repeats = fields.repeats;
    this.finish(segment, problems, bad, high);
    return { segment, problems };
  }

  private splitPlain(text: string): { elements: string[][]; repeats?: Record<number, string[][]> } {
    const comp = String.fromCharCode(this.chars.component);
    const parts = text.split(String.fromCharCode(this.chars.element));
    if (this.repetition !== null && text.includes(String.fromCharCode(this.repetition))) {
      return this.withRepeats(parts.map((p) => p.split(String.fromCharCode(this.repetition as number)).map((r) => r.split(comp))));
    }
    const elements = new Array<string[]>(parts.length);
    for (let k = 0; k < parts.length; k++) elements[k] = parts[k].split(comp);
    return { elements };
  }

  /** Slow path for segments holding a release character: walk the characters. */
  private splitReleased(text: string): { elements: string[][]; repeats?: Record<number, string[][]> } {
    const { component, element, release } = this.chars;
    const repetition = this.repetition;
    const occurrences: string[][][] = [];
    let element_: string[][] = [];
    let comps: string[] = [];
    let cur = '';
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c === release) {
        if (k + 1 < text.length) cur += text[++k];
      } else if (c === component) {
        comps.push(cur);
        cur = '';
      } else if (c === element) {
        comps.push(cur);
        element_.push(comps);
        occurrences.push(element_);
        element_ = [];
        comps = [];
        cur = '';
      } else if (c === repetition) {
        comps.push(cur);
        element_.push(comps);
        comps = [];
        cur = '';
      } else cur += text[k];
    }
    comps.push(cur);
    element_.push(comps);
    occurrences.push(element_);
    return occurrences.some((o) => o.length > 1) ? this.withRepeats(occurrences) : { elements: occurrences.map((o) => o[0]) };
  }

  private withRepeats(occurrences: string[][][]): { elements: string[][]; repeats: Record<number, string[][]> } {
    const repeats: Record<number, string[][]> = {};
    // occurrences[0] is the tag; element positions count from 1 after it.
    occurrences.forEach((o, k) => {
      if (o.length > 1) repeats[k] = o.slice(1);
    });
    return { elements: occurrences.map((o) => o[0]), repeats };
  }

  /** Decodes non-ASCII values and records invalid characters and trailing separators. */
  private finish(segment: Segment, problems: TokenProblem[], bad: boolean, high: boolean): void {
    const elements = segment.elements;
    if (elements.length > 0) {
      const last = elements[elements.length - 1];
      if (last.length === 1 && last[0] === '') problems.push({ kind: 'trailing-separator', element: elements.length });
      else if (last.length > 1 && last[last.length - 1] === '') problems.push({ kind: 'trailing-separator', element: elements.length });
    }
    const repertoire = this.repertoire;
    if (!bad && !high) return;
    const allowed = repertoire?.allowed ?? null;
    for (let e = 0; e < elements.length; e++) {
      const comps = elements[e];
      for (let c = 0; c < comps.length; c++) {
        const raw = comps[c];
        if (bad && allowed !== null) {
          for (let k = 0; k < raw.length; k++) {
            const code = raw.charCodeAt(k);
            if (allowed[code] === 0 && !this.isServiceCharacter(code)) {
              problems.push({ kind: 'invalid-character', element: e + 1, component: c + 1, value: this.decode(raw), character: this.describe(raw, k) });
              break;
            }
          }
        }
        if (high && repertoire !== undefined) comps[c] = this.decode(raw);
        if (allowed === null && repertoire !== undefined && /[\u0000-\u001f\ufffd]/.test(comps[c])) {
          problems.push({ kind: 'invalid-character', element: e + 1, component: c + 1, value: comps[c], character: 'not valid UTF-8 text' });
        }
      }
    }
  }

  private isServiceCharacter(code: number): boolean {
    const s = this.chars;
    return code === s.component || code === s.element || code === s.release || code === s.terminator || code === s.repetition;
  }

  private decode(latin1: string): string {
    const repertoire = this.repertoire;
    if (repertoire === undefined || repertoire.encoding === 'latin1' || !/[\x80-\xff]/.test(latin1)) return latin1;
    const bytes = Buffer.from(latin1, 'latin1');
    return this.decoder ? this.decoder.decode(bytes) : bytes.toString('utf8');
  }

  private describe(raw: string, at: number): string {
    const code = raw.charCodeAt(at);
    if (code >= 0x80 && this.repertoire?.id !== undefined) {
      const utf8 = Buffer.from(raw.slice(at, at + 4), 'latin1').toString('utf8');
      const cp = utf8.codePointAt(0) ?? code;
      if (cp !== 0xfffd) return `U+${cp.toString(16).toUpperCase().padStart(4, '0')} '${String.fromCodePoint(cp)}'`;
    }
    if (code < 0x20 || code === 0x7f) return `control character 0x${code.toString(16).padStart(2, '0')}`;
    return `'${raw[at]}' (0x${code.toString(16)})`;
  }
}
