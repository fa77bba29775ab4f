/** Distinct short values kept at most; past it, further ones are built as usual. */
const CAPACITY = 8192;
/** Slots of the open-addressed table: a power of two, at most half full. */
const SLOTS = CAPACITY * 2;
const SHIFT = 32 - Math.log2(SLOTS);
const EMPTY = -1;

/**
 * One string per distinct value of one to three bytes (tags, qualifiers, codes): they make up
 * most of a segment's values, and segments outlive many garbage collections, so every copy saved
 * is one object fewer to move. Keyed by the bytes themselves: a lookup allocates nothing.
 *
 * The strings kept are V8's internalized ones, the same objects as the literals in the code:
 * readers compare tags and codes with literals, switches and code-list sets thousands of times an
 * interchange, and two internalized strings compare by identity, not character by character.
 *
 * The keys sit in a typed array probed linearly, not in a Map, whose lookup cost the tokenizer
 * more (docs/benchmarks.md): a PAXLST holds a short value or two in every segment.
 */
export class ShortValueInterner {
  private readonly keys = new Int32Array(SLOTS).fill(EMPTY);
  private readonly values: string[] = new Array<string>(SLOTS).fill('');
  private size = 0;

  /** The Latin-1 text of `length` (1 to 3) bytes at `from`. */
  read(bytes: Uint8Array, from: number, length: number): string {
    const first = bytes[from];
    // Single characters come from the engine's own table.
    if (length === 1) return String.fromCharCode(first);
    const second = bytes[from + 1];
    const key =
      length === 3
        ? 0x1000000 | (first << 16) | (second << 8) | bytes[from + 2]
        : (first << 8) | second;
    const keys = this.keys;
    let slot = Math.imul(key, 0x9e3779b1) >>> SHIFT;
    for (;;) {
      const held = keys[slot];
      if (held === key) return this.values[slot];
      if (held === EMPTY) break;
      slot = (slot + 1) & (SLOTS - 1);
    }
    const value = internalized(
      length === 3
        ? String.fromCharCode(first, second, bytes[from + 2])
        : String.fromCharCode(first, second),
    );
    if (this.size < CAPACITY) {
      keys[slot] = key;
      this.values[slot] = value;
      this.size++;
    }
    return value;
  }
}

/** The engine's canonical copy of a string: a property name is always internalized. */
function internalized(value: string): string {
  const [name] = Object.keys({ [value]: 0 });
  return name;
}
