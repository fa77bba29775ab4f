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
  while (
    i < input.length &&
    (input[i] === 0x20 || input[i] === 0x0d || input[i] === 0x0a || input[i] === 0x09)
  ) {
    i++;
  }
  return i;
}

/** Past a UTF-8 byte-order mark at `at`, if there is one. */
function skipBom(input: Buffer, at: number): number {
  return input[at] === 0xef && input[at + 1] === 0xbb && input[at + 2] === 0xbf ? at + 3 : at;
}

/**
 * Strips a SITA/ARINC Type B envelope (SOH, address line, origin line, STX … ETX) and a UTF-8
 * byte-order mark. The body keeps its CR/LF: the tokenizer folds hard-wrapped lines itself.
 */
export function unwrapInput(input: Buffer): UnwrappedInput {
  const first = skipBlank(input, skipBom(input, 0));
  if (input[first] !== SOH) {
    return { body: first === 0 ? input : input.subarray(first), typeB: false, heading: '' };
  }
  const stx = input.indexOf(STX, first);
  // Some relays leave out STX/ETX: then the text starts at the first line opening with UNA or UNB.
  // After STX, a line break often comes before the UNA, which must open the body to be found.
  const text = stx >= 0 ? skipBom(input, skipBlank(input, stx + 1)) : edifactLine(input, first + 1);
  if (text < 0) return { body: input.subarray(first), typeB: false, heading: '' };
  const etx = input.indexOf(ETX, text);
  const heading = input
    .subarray(first + 1, stx >= 0 ? stx : text)
    .toString('latin1')
    .replace(/[\r\n]+/g, ' ')
    .trim();
  return { body: input.subarray(text, etx < 0 ? input.length : etx), typeB: true, heading };
}

/** Offset of the first line (after `from`) that opens with UNA or UNB, or -1. */
function edifactLine(input: Buffer, from: number): number {
  for (let at = input.indexOf(0x0a, from); at >= 0; at = input.indexOf(0x0a, at + 1)) {
    const line = skipBlank(input, at + 1);
    const tag = input.toString('latin1', line, line + 3);
    if (tag === 'UNA' || tag === 'UNB') return line;
  }
  return -1;
}
