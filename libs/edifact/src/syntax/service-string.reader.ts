import { SyntaxFinding } from '../findings/finding';
import { DEFAULT_SERVICE_CHARACTERS, ServiceCharacters } from './service-characters';

export interface ServiceStringAdvice {
  characters: ServiceCharacters;
  /** Offset of the first byte after UNA (or of the input when there is no UNA). */
  next: number;
  /** False when the UNA cannot be trusted; `findings` say why. */
  readable: boolean;
  findings: SyntaxFinding[];
}

const ROLES = [
  'component separator',
  'element separator',
  'decimal mark',
  'release character',
  'repetition separator',
  'segment terminator',
] as const;
const UNA = Buffer.from('UNA');
const UNB = Buffer.from('UNB');

function describe(byte: number): string {
  if (byte === 0x0a) return 'a line feed';
  if (byte === 0x0d) return 'a carriage return';
  if (byte === 0x20) return 'a space';
  if (byte < 0x20 || byte === 0x7f) {
    return `control character 0x${byte.toString(16).padStart(2, '0')}`;
  }
  return `'${String.fromCharCode(byte)}'`;
}

function isLetterOrDigit(byte: number): boolean {
  return (
    (byte >= 0x30 && byte <= 0x39) ||
    (byte >= 0x41 && byte <= 0x5a) ||
    (byte >= 0x61 && byte <= 0x7a)
  );
}

function multiByteCharacter(input: Buffer, at: number): string {
  const text = input.subarray(at, at + 4).toString('utf8');
  const cp = text.codePointAt(0) ?? 0xfffd;
  return cp === 0xfffd
    ? `byte 0x${input[at].toString(16)}`
    : `U+${cp.toString(16).toUpperCase().padStart(4, '0')} '${String.fromCodePoint(cp)}'`;
}

function fault(message: string, value: string): SyntaxFinding {
  return {
    kind: 'syntax',
    level: 'interchange',
    code: '20',
    rule: 'envelope.una.service-characters',
    message,
    location: { tag: 'UNA', segmentIndex: -1, value },
  };
}

/** Reads the service string advice at `start`, checking that every role has its own character. */
export function readServiceStringAdvice(input: Buffer, start: number): ServiceStringAdvice {
  if (input.length - start < 3 || input.compare(UNA, 0, 3, start, start + 3) !== 0) {
    return { characters: DEFAULT_SERVICE_CHARACTERS, next: start, readable: true, findings: [] };
  }
  const raw = input.subarray(start + 3, start + 9);
  const shown = raw.toString('latin1');
  if (raw.length < 6) {
    return {
      characters: DEFAULT_SERVICE_CHARACTERS,
      next: input.length,
      readable: false,
      findings: [
        fault(`UNA is truncated: ${raw.length} of its 6 service characters are there.`, shown),
      ],
    };
  }
  const findings: SyntaxFinding[] = [];
  for (let i = 0; i < 6; i++) {
    const byte = raw[i];
    if (byte >= 0x80) {
      findings.push(
        fault(
          `UNA ${ROLES[i]} is the multi-byte character ${multiByteCharacter(input, start + 3 + i)}; a service character must be one byte.`,
          shown,
        ),
      );
      break;
    }
    const spaceAllowed = i === 4;
    if (byte < 0x20 || byte === 0x7f || (byte === 0x20 && !spaceAllowed) || isLetterOrDigit(byte)) {
      // `UNA:+.?'` then a line break or straight into UNB: the sender left out the repetition position.
      const looksShort =
        i === 5 &&
        (byte === 0x0a ||
          byte === 0x0d ||
          (input.length >= start + 11 && input.compare(UNB, 0, 3, start + 8, start + 11) === 0));
      findings.push(
        fault(
          looksShort
            ? `UNA has only five service characters ('${raw.subarray(0, 5).toString('latin1')}'): the segment terminator position holds ${describe(byte)}.`
            : `UNA ${ROLES[i]} is ${describe(byte)}, which cannot be a service character.`,
          shown,
        ),
      );
      break;
    }
  }
  if (findings.length === 0 && raw[2] !== 0x2e && raw[2] !== 0x2c) {
    findings.push(fault(`UNA decimal mark is ${describe(raw[2])}; it must be '.' or ','.`, shown));
  }
  if (findings.length === 0) {
    const active = [0, 1, 3, 4, 5].filter((i) => !(i === 4 && raw[i] === 0x20));
    for (let a = 0; a < active.length && findings.length === 0; a++) {
      for (let b = a + 1; b < active.length; b++) {
        if (raw[active[a]] === raw[active[b]]) {
          findings.push(
            fault(
              `UNA gives ${describe(raw[active[a]])} two roles: ${ROLES[active[a]]} and ${ROLES[active[b]]}.`,
              shown,
            ),
          );
          break;
        }
      }
    }
  }
  const characters: ServiceCharacters = {
    component: raw[0],
    element: raw[1],
    decimal: raw[2],
    release: raw[3],
    repetition: raw[4] === 0x20 ? null : raw[4],
    terminator: raw[5],
  };
  return findings.length > 0
    ? { characters: DEFAULT_SERVICE_CHARACTERS, next: start + 9, readable: false, findings }
    : { characters, next: start + 9, readable: true, findings };
}

/** A printable, non-alphanumeric ASCII byte not already given another role. */
function usable(byte: number | undefined, ...taken: number[]): byte is number {
  return (
    byte !== undefined &&
    byte > 0x20 &&
    byte < 0x7f &&
    !isLetterOrDigit(byte) &&
    !taken.includes(byte)
  );
}

function isUpper(byte: number | undefined): boolean {
  return byte !== undefined && byte >= 0x41 && byte <= 0x5a;
}

/** True when the first `byte` after `from` is followed (past blanks) by a segment tag or the end. */
function endsSegment(input: Buffer, from: number, byte: number): boolean {
  const at = input.indexOf(byte, from);
  if (at < 0) return false;
  let k = at + 1;
  while (k < input.length && (input[k] === 0x20 || input[k] === 0x0a || input[k] === 0x0d)) k++;
  return k >= input.length || (isUpper(input[k]) && isUpper(input[k + 1]) && isUpper(input[k + 2]));
}

/**
 * Separators to read the UNB with when the UNA at `una` cannot be trusted, so the CONTRL can still
 * name the interchange: the element separator follows the tag `UNB`, the component separator the
 * four-character syntax identifier; the terminator is the UNA's when it ends the UNB (a
 * five-character UNA holds it, and the release character, one position early), else `'`.
 */
export function guessServiceCharacters(input: Buffer, unb: number, una: number): ServiceCharacters {
  const d = DEFAULT_SERVICE_CHARACTERS;
  const elementAt = input[unb + 3];
  const element = usable(elementAt) ? elementAt : d.element;
  const componentAt = input[unb + 8];
  const component = usable(componentAt, element) ? componentAt : d.component;
  const ends = (at: number) =>
    usable(input[at], element, component) && endsSegment(input, unb, input[at]);
  const shift = ends(una + 8) ? 0 : ends(una + 7) ? 1 : -1;
  const terminator = shift < 0 ? d.terminator : input[una + 8 - shift];
  const releaseAt = input[una + 6 - Math.max(shift, 0)];
  const release = usable(releaseAt, element, component, terminator) ? releaseAt : d.release;
  return { component, element, decimal: d.decimal, release, repetition: null, terminator };
}
