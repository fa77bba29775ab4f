export interface UnwrappedInput {
  /** The EDIFACT body: the whole input when there was no Type B envelope. */
  body: Buffer;
  typeB: boolean;
  /** Type B address and origin lines, for the journal; empty without an envelope. */
  heading: string;
}

const SOH = 0x01;
const STX = 0x02;
const ETX = 0x03;

function skipBlank(input: Buffer, at: number): number {
  let i = at;
  while (i < input.length && (input[i] === 0x20 || input[i] === 0x0d || input[i] === 0x0a || input[i] === 0x09)) i++;
  return i;
}

/**
 * Strips a SITA/ARINC Type B envelope (SOH, address line, origin line, STX … ETX) and a UTF-8
 * byte-order mark. The body keeps its CR/LF: the tokenizer folds hard-wrapped lines itself.
 */
export function unwrapInput(input: Buffer): UnwrappedInput {
  let start = 0;
  if (input.length >= 3 && input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf) start = 3;
  const first = skipBlank(input, start);
  if (input[first] !== SOH) {
    return { body: first === 0 ? input : input.subarray(first), typeB: false, heading: '' };
  }
  const stx = input.indexOf(STX, first);
  if (stx < 0) return { body: input.subarray(first), typeB: false, heading: '' };
  const etx = input.indexOf(ETX, stx + 1);
  const heading = input
    .subarray(first + 1, stx)
    .toString('latin1')
    .replace(/\r?\n/g, ' ')
    .trim();
  return { body: input.subarray(stx + 1, etx < 0 ? input.length : etx), typeB: true, heading };
}
