import { Finding } from '../findings/finding';
import { EdifactMessage, MessagePart } from '../model/interchange';
import { Segment } from '../model/segment';
import { valueAt } from '../model/segment-value';
import { syntaxFinding } from './finding.factory';

/** Reads UNH: message identification and the multi-part marker (S010). */
export function readMessageHeader(
  unh: Segment,
  groupReference: string | undefined,
  /** References of the messages read so far in this interchange: 0062 is unique within it. */
  earlier: ReadonlySet<string>,
): { message: EdifactMessage; findings: Finding[] } {
  const message: EdifactMessage = {
    reference: valueAt(unh, 1),
    type: valueAt(unh, 2, 1),
    version: valueAt(unh, 2, 2),
    release: valueAt(unh, 2, 3),
    agency: valueAt(unh, 2, 4),
    association: valueAt(unh, 2, 5),
    accessReference: valueAt(unh, 3),
    segments: [unh],
  };
  if (groupReference !== undefined) message.groupReference = groupReference;
  const findings: Finding[] = [];
  const at = (element: number, component: number, value: string) => ({
    tag: 'UNH',
    segmentIndex: unh.index,
    messageReference: message.reference,
    groupReference,
    position: 1,
    element,
    component,
    value,
  });
  if (message.reference === '') {
    findings.push(
      syntaxFinding(
        'element',
        '13',
        'envelope.unh.reference',
        'UNH has no message reference number (0062).',
        at(1, 1, ''),
      ),
    );
  } else if (message.reference.length > 14) {
    findings.push(
      syntaxFinding(
        'element',
        '39',
        'envelope.unh.reference',
        `Message reference '${message.reference}' is longer than 14 characters.`,
        at(1, 1, message.reference),
      ),
    );
  } else if (earlier.has(message.reference)) {
    findings.push(
      syntaxFinding(
        'message',
        '26',
        'envelope.unh.duplicate-reference',
        `Message reference '${message.reference}' is used twice in this interchange.`,
        at(1, 1, message.reference),
      ),
    );
  }
  if (
    message.type === '' ||
    message.version === '' ||
    message.release === '' ||
    message.agency === ''
  ) {
    findings.push(
      syntaxFinding(
        'element',
        '13',
        'envelope.unh.identifier',
        'UNH message identifier (S009) needs type, version, release and agency.',
        at(2, 1, unh.elements[1]?.join(':') ?? ''),
      ),
    );
  }
  const sequence = valueAt(unh, 4, 1);
  const marker = valueAt(unh, 4, 2);
  if (sequence !== '' || marker !== '') {
    const part = readPart(sequence, marker);
    if (part === undefined) {
      findings.push(
        syntaxFinding(
          'element',
          '12',
          'envelope.unh.sequence',
          `UNH status of transfer '${sequence}:${marker}' must be a part number and C (more follow) or F (final).`,
          at(4, marker === 'C' || marker === 'F' ? 1 : 2, `${sequence}:${marker}`),
        ),
      );
    } else message.part = part;
  }
  return { message, findings };
}

function readPart(sequence: string, marker: string): MessagePart | undefined {
  if (!/^\d{1,4}$/.test(sequence) || Number(sequence) < 1) return undefined;
  if (marker !== 'C' && marker !== 'F') return undefined;
  return { number: Number(sequence), last: marker === 'F' };
}

/**
 * True when a control count (UNT 0074, UNE 0060, UNZ 0036) states `expected`. Counts are numeric
 * data elements, so leading zeros do not change the value.
 */
export function countMatches(value: string, expected: number): boolean {
  return /^\d{1,10}$/.test(value) && Number(value) === expected;
}

/** Checks UNT against its message: present, segment count (UNH and UNT included), reference. */
export function checkMessageTrailer(message: EdifactMessage, unt: Segment | undefined): Finding[] {
  const where = {
    messageReference: message.reference,
    groupReference: message.groupReference,
    tag: 'UNT',
  };
  if (unt === undefined) {
    return [
      syntaxFinding(
        'message',
        '13',
        'envelope.unt.missing',
        `Message '${message.reference}' has no UNT trailer: it is truncated.`,
        where,
      ),
    ];
  }
  const findings: Finding[] = [];
  const position = message.segments.length;
  const at = { ...where, segmentIndex: unt.index, position };
  const count = valueAt(unt, 1);
  if (!countMatches(count, position)) {
    findings.push(
      syntaxFinding(
        'message',
        '29',
        'envelope.unt.count',
        `UNT counts ${count || 'no'} segments; message '${message.reference}' has ${position} (UNH and UNT included).`,
        { ...at, element: 1, value: count },
      ),
    );
  }
  if (valueAt(unt, 2) !== message.reference) {
    findings.push(
      syntaxFinding(
        'message',
        '28',
        'envelope.unt.reference',
        `UNT reference '${valueAt(unt, 2)}' does not match UNH reference '${message.reference}'.`,
        { ...at, element: 2, value: valueAt(unt, 2) },
      ),
    );
  }
  return findings;
}
