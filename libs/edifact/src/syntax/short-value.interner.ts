/** Distinct short values kept at most; past it, further ones are built as usual. */
const CAPACITY = 8192;

/**
 * One string per distinct value of one to three bytes (tags, qualifiers, codes): they make up
 * most of a segment's values, and segments outlive many garbage collections, so every copy saved
 * is one object fewer to move. Keyed by the bytes themselves: a lookup allocates nothing.
 *
 * The strings kept are V8's internalized ones, the same objects as the literals in the code:
 * readers compare tags and codes with literals, switches and code-list sets thousands of times an
 * interchange, and two internalized strings compare by identity, not character by character.
 */
export class ShortValueInterner {
  private readonly known = new Map<number, string>();

  /** The Latin-1 text of `length` (1 to 3) bytes at `from`. */
  read(bytes: Uint8Array, from: number, length: number): string {
    const first = bytes[from];
    // Single characters come from the engine's own table.
    if (length === 1) return String.fromCharCode(first);
    const second = bytes[from + 1];
    const third = length === 3 ? bytes[from + 2] : -1;
    const key =
      length === 3 ? 0x1000000 | (first << 16) | (second << 8) | third : (first << 8) | second;
    let value = this.known.get(key);
    if (value === undefined) {
      value = internalized(
        length === 3
          ? String.fromCharCode(first, second, third)
          : String.fromCharCode(first, second),
      );
      if (this.known.size < CAPACITY) this.known.set(key, value);
    }
    return value;
  }
}

/** The engine's canonical copy of a string: a property name is always internalized. */
function internalized(value: string): string {
  const [name] = Object.keys({ [value]: 0 });
  return name;
}
