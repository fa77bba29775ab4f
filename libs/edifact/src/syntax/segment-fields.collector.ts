import { Segment } from '../model/segment';

/** What ended a value: the kinds of separator, and the end of the segment. */
export const ELEMENT = 0;
export const COMPONENT = 1;
export const REPETITION = 2;
export const SEGMENT_END = 3;

/**
 * Collects the values of one segment in reading order, each with what ended it, then builds the
 * segment. Its buffers are reused from segment to segment, and the built arrays are allocated at
 * their exact size: grown by push, every small array would keep room for 17 entries, and the
 * segments of a large interchange live as long as its report.
 */
export class SegmentFieldsCollector {
  private values: string[] = [];
  private kinds = new Uint8Array(256);
  private count = 0;

  reset(): void {
    this.count = 0;
  }

  add(value: string, kind: number): void {
    const n = this.count;
    if (n === this.kinds.length) {
      const bigger = new Uint8Array(n * 2);
      bigger.set(this.kinds);
      this.kinds = bigger;
    }
    this.values[n] = value;
    this.kinds[n] = kind;
    this.count = n + 1;
  }

  /**
   * The segment from the collected values: the first value is the tag (components of the tag's
   * element are dropped), then one element per element separator; an occurrence after a
   * repetition separator goes to `repeats`, keyed by the 1-based position of the element it repeats.
   */
  toSegment(index: number, offset: number): Segment {
    const values = this.values;
    const kinds = this.kinds;
    const n = this.count;
    let elementCount = 0;
    for (let k = 0; k < n; k++) if (kinds[k] === ELEMENT) elementCount++;
    const elements = new Array<string[]>(elementCount);
    let repeats: Record<number, string[][]> | undefined;
    let e = 0;
    let k = 0;
    while (kinds[k] === COMPONENT) k++;
    let repeated = kinds[k] === REPETITION;
    k++;
    while (k < n) {
      let last = k;
      while (kinds[last] === COMPONENT) last++;
      const comps = new Array<string>(last - k + 1);
      for (let c = 0; c < comps.length; c++) comps[c] = values[k + c];
      if (repeated) {
        repeats ??= {};
        (repeats[e] ??= []).push(comps);
      } else elements[e++] = comps;
      repeated = kinds[last] === REPETITION;
      k = last + 1;
    }
    const segment: Segment = { tag: values[0], elements, index, offset };
    if (repeats !== undefined) segment.repeats = repeats;
    return segment;
  }
}
