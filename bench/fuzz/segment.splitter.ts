const UNA = Buffer.from('UNA', 'latin1');
/** `:+.? '`: component, element, decimal, release, reserved, terminator. */
export const DEFAULT_UNA_CHARACTERS = Buffer.from(":+.? '", 'latin1');

/** The six service characters the input's UNA declares, or the defaults if it has none. */
export function serviceCharactersOf(input: Buffer): Buffer {
  const declared = input.length >= 9 && input.subarray(0, 3).equals(UNA);
  return declared ? input.subarray(3, 9) : DEFAULT_UNA_CHARACTERS;
}

/**
 * The input cut after each segment terminator that is not released (`?'`); a segment keeps its
 * terminator, the line end after it starts the next one. The pieces join back to the input;
 * there is always one (an empty input is one empty piece).
 */
export function splitSegments(input: Buffer): Buffer[] {
  const characters = serviceCharactersOf(input);
  const release = characters[3];
  const terminator = characters[5];
  const segments: Buffer[] = [];
  let start = 0;
  for (let at = input.indexOf(terminator); at >= 0; at = input.indexOf(terminator, at + 1)) {
    if (at > 0 && input[at - 1] === release) continue;
    segments.push(input.subarray(start, at + 1));
    start = at + 1;
  }
  if (start < input.length || segments.length === 0) segments.push(input.subarray(start));
  return segments;
}

/** The segment's tag (`UNH`, `NAD`…), or '' if it does not start with one. */
export function tagOf(segment: Buffer): string {
  return /^\s*([A-Z0-9]{3})/.exec(segment.toString('latin1', 0, 12))?.[1] ?? '';
}
