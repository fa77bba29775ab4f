import { DEFAULT_SERVICE_CHARACTERS, ServiceCharacters } from '../syntax/service-characters';

/** A data element: a simple value, its components in order, or absent. */
export type ElementValue = string | ReadonlyArray<string | undefined> | undefined;

export interface EdifactWriterOptions {
  /** Service characters to write with; default ISO 9735 `:+.? '`. */
  characters?: ServiceCharacters;
  /** Line break after each segment terminator (`true` = LF), for people reading logs. */
  newline?: boolean | '\n' | '\r\n';
  /** Make `una()` write the UNA even when the characters are the defaults. */
  alwaysUna?: boolean;
}

const TAG = /^[A-Z]{3}$/;

/**
 * Writes segments with the release character in front of every service character found in a
 * value, and without trailing separators (ISO 9735 forbids them). Values are decoded text; the
 * caller picks the bytes with `toBuffer`.
 */
export class EdifactWriter {
  private readonly characters: ServiceCharacters;
  private readonly lineBreak: string;
  private readonly alwaysUna: boolean;
  /** Characters a value must not carry bare: every active separator and the release itself. */
  private readonly reserved: ReadonlySet<string>;
  private readonly parts: string[] = [];
  private count = 0;

  constructor(options: EdifactWriterOptions = {}) {
    this.characters = options.characters ?? DEFAULT_SERVICE_CHARACTERS;
    this.lineBreak = options.newline === true ? '\n' : options.newline || '';
    this.alwaysUna = options.alwaysUna ?? false;
    const c = this.characters;
    const active = [c.component, c.element, c.decimal, c.release, c.terminator];
    if (c.repetition !== null) active.push(c.repetition);
    // Shared characters would make the output ambiguous for every reader.
    if (new Set(active).size !== active.length) {
      throw new RangeError('EdifactWriter: the service characters must all differ.');
    }
    const separators = [c.component, c.element, c.release, c.terminator];
    if (c.repetition !== null) separators.push(c.repetition);
    this.reserved = new Set(separators.map((code) => String.fromCharCode(code)));
  }

  /** Segments written so far, UNA not counted (UNT counts from its UNH). */
  get segmentCount(): number {
    return this.count;
  }

  /** Writes the service string advice when the characters are not the defaults (or always, by option). */
  una(): this {
    if (this.parts.length > 0) {
      throw new Error('EdifactWriter: UNA must come before every segment.');
    }
    if (!this.alwaysUna && sameCharacters(this.characters, DEFAULT_SERVICE_CHARACTERS)) return this;
    const c = this.characters;
    // A v3 UNA holds a space, "reserved", where v4 names the repetition separator.
    const advice = [
      c.component,
      c.element,
      c.decimal,
      c.release,
      c.repetition ?? 0x20,
      c.terminator,
    ];
    this.parts.push(`UNA${String.fromCharCode(...advice)}${this.lineBreak}`);
    return this;
  }

  /** Writes one segment; `undefined` or `''` is an empty element, trimmed when nothing follows. */
  segment(tag: string, ...elements: ElementValue[]): this {
    if (!TAG.test(tag)) throw new RangeError(`EdifactWriter: '${tag}' is not a segment tag.`);
    const written = trimEnd(elements.map((e) => this.element(e)));
    const separator = String.fromCharCode(this.characters.element);
    const body = written.map((e) => separator + e).join('');
    this.parts.push(
      `${tag}${body}${String.fromCharCode(this.characters.terminator)}${this.lineBreak}`,
    );
    this.count++;
    return this;
  }

  toString(): string {
    return this.parts.join('');
  }

  /**
   * The text as bytes: `latin1` for the single-byte repertoires (UNOA, UNOB, UNOC, IATA), `utf8`
   * for UNOW/UNOY. Refuses what latin1 cannot hold rather than write a wrong byte.
   */
  toBuffer(encoding: 'latin1' | 'utf8' = 'latin1'): Buffer {
    const text = this.toString();
    if (encoding === 'latin1' && /[\u0100-\uffff]/.test(text)) {
      throw new RangeError('EdifactWriter: the text holds characters latin1 cannot encode.');
    }
    return Buffer.from(text, encoding);
  }

  private element(value: ElementValue): string {
    if (value === undefined) return '';
    const components = typeof value === 'string' ? [value] : value.map((c) => c ?? '');
    const separator = String.fromCharCode(this.characters.component);
    return trimEnd(components.map((c) => this.escape(c))).join(separator);
  }

  private escape(value: string): string {
    const release = String.fromCharCode(this.characters.release);
    let out = '';
    for (const ch of value) out += this.reserved.has(ch) ? release + ch : ch;
    return out;
  }
}

function trimEnd(values: string[]): string[] {
  let end = values.length;
  while (end > 0 && values[end - 1] === '') end--;
  return values.slice(0, end);
}

function sameCharacters(a: ServiceCharacters, b: ServiceCharacters): boolean {
  return (
    a.component === b.component &&
    a.element === b.element &&
    a.decimal === b.decimal &&
    a.release === b.release &&
    a.repetition === b.repetition &&
    a.terminator === b.terminator
  );
}
