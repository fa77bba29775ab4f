import { COMPONENT, ELEMENT, REPETITION } from './segment-fields.collector';
import { ServiceCharacters } from './service-characters';

/** What a byte means to the tokenizer; PLAIN (0) is a valid, 7-bit data character. */
export const PLAIN = 0;
export const TERMINATOR = 1;
export const SEPARATOR = 2;
export const RELEASE = 3;
export const LINE_FOLD = 4;
/** Data, but 8-bit or outside the repertoire: `flags` says which. */
export const FLAGGED = 5;
/** Bits of `flags`. */
export const HIGH = 1;
export const INVALID = 2;

/**
 * Per byte value, its class and flags under the service characters, repetition separator and
 * repertoire in force: one table lookup per byte replaces a chain of comparisons in the scan.
 * Precedence as the scan has always had it: terminator, separators, release, line fold, data.
 */
export class ByteClasses {
  /** Tables built lately: nearly all traffic uses one or two sets of service characters. */
  private static readonly recent: ByteClasses[] = [];

  /** The table for these characters, built once and shared (tables are never written after). */
  static of(
    chars: ServiceCharacters,
    repetition: number | null,
    allowed: Uint8Array | null,
  ): ByteClasses {
    for (const t of ByteClasses.recent) {
      if (t.allowed === allowed && t.repetition === repetition && sameCharacters(t.chars, chars)) {
        return t;
      }
    }
    const table = new ByteClasses({ ...chars }, repetition, allowed);
    if (ByteClasses.recent.length === 8) ByteClasses.recent.pop();
    ByteClasses.recent.unshift(table);
    return table;
  }

  readonly classes = new Uint8Array(256);
  /** For a separator, what it separates (ELEMENT, COMPONENT, REPETITION). */
  readonly separators = new Uint8Array(256);
  /** HIGH and INVALID for every byte taken as data, released ones included. */
  readonly flags = new Uint8Array(256);

  private constructor(
    private readonly chars: ServiceCharacters,
    private readonly repetition: number | null,
    private readonly allowed: Uint8Array | null,
  ) {
    for (let b = 0; b < 256; b++) {
      const flags =
        (b >= 0x80 ? HIGH : 0) | ((allowed !== null ? allowed[b] === 0 : b < 0x20) ? INVALID : 0);
      this.flags[b] = flags;
      this.classes[b] = flags === 0 ? PLAIN : FLAGGED;
    }
    this.classes[0x0d] = LINE_FOLD;
    this.classes[0x0a] = LINE_FOLD;
    this.classes[chars.release] = RELEASE;
    // Assigned in reverse so that, should two coincide, element wins over component over repetition.
    if (repetition !== null) this.separate(repetition, REPETITION);
    this.separate(chars.component, COMPONENT);
    this.separate(chars.element, ELEMENT);
    this.classes[chars.terminator] = TERMINATOR;
  }

  private separate(b: number, kind: number): void {
    this.classes[b] = SEPARATOR;
    this.separators[b] = kind;
  }
}

function sameCharacters(a: ServiceCharacters, b: ServiceCharacters): boolean {
  return (
    a.terminator === b.terminator &&
    a.element === b.element &&
    a.component === b.component &&
    a.release === b.release
  );
}
