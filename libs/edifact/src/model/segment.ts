/**
 * One segment as read: tag and data elements, decoded per the interchange's character set with
 * release characters removed. `elements[0]` is the first data element after the tag; each
 * element is its list of components (a simple element has one).
 */
export interface Segment {
  tag: string;
  elements: string[][];
  /** 0-based index in the interchange, UNA not counted. */
  index: number;
  /** Byte offset of the tag in the (unwrapped) input. */
  offset: number;
  /** v4 repeated occurrences of an element, keyed by element position (1-based), when present. */
  repeats?: Record<number, string[][]>;
}
