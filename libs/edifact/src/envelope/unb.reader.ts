import { SyntaxFinding } from '../findings/finding';
import { InterchangeHeader } from '../model/interchange';
import { Segment } from '../model/segment';
import { valueAt } from '../model/segment-value';
import { characterRepertoire } from '../syntax/character-repertoire';
import { syntaxFinding } from './finding.factory';
import { isValidDate, isValidTime } from './date-time.check';

/** Reads UNB into a header and checks what the interchange level needs. */
export function readUnb(unb: Segment): { header: InterchangeHeader; findings: SyntaxFinding[] } {
  const header: InterchangeHeader = {
    syntaxId: valueAt(unb, 1, 1),
    syntaxVersion: /^[1-4]$/.test(valueAt(unb, 1, 2)) ? Number(valueAt(unb, 1, 2)) : 0,
    sender: { id: valueAt(unb, 2, 1), qualifier: valueAt(unb, 2, 2) },
    recipient: { id: valueAt(unb, 3, 1), qualifier: valueAt(unb, 3, 2) },
    date: valueAt(unb, 4, 1),
    time: valueAt(unb, 4, 2),
    controlReference: valueAt(unb, 5),
    applicationReference: valueAt(unb, 7),
    ackRequested: valueAt(unb, 9) === '1',
    test: valueAt(unb, 11) === '1',
  };
  const findings: SyntaxFinding[] = [];
  const at = (element: number, component: number, value: string) => ({
    tag: 'UNB',
    segmentIndex: unb.index,
    element,
    component,
    value,
  });
  if (header.syntaxId === '') {
    findings.push(
      syntaxFinding(
        'interchange',
        '13',
        'envelope.unb.syntax-identifier',
        'UNB names no syntax identifier (S001 0001), so the character set is unknown.',
        at(1, 1, ''),
      ),
    );
  } else if (characterRepertoire(header.syntaxId) === undefined) {
    findings.push(
      syntaxFinding(
        'interchange',
        '46',
        'envelope.unb.syntax-identifier',
        `Character set '${header.syntaxId}' is not supported; use UNOA, UNOB, UNOC–UNOK, UNOW, UNOY or IATA.`,
        at(1, 1, header.syntaxId),
      ),
    );
  }
  if (header.syntaxVersion === 0) {
    findings.push(
      syntaxFinding(
        'interchange',
        '2',
        'envelope.unb.syntax-version',
        `Syntax version '${valueAt(unb, 1, 2)}' is not supported; it must be 1 to 4.`,
        at(1, 2, valueAt(unb, 1, 2)),
      ),
    );
  }
  if (header.sender.id === '') {
    findings.push(
      syntaxFinding(
        'interchange',
        '13',
        'envelope.unb.sender',
        'UNB names no interchange sender (S002 0004).',
        at(2, 1, ''),
      ),
    );
  }
  if (header.date === '') {
    findings.push(
      syntaxFinding(
        'interchange',
        '13',
        'envelope.unb.date',
        'UNB has no date of preparation (S004 0017).',
        at(4, 1, ''),
      ),
    );
  } else if (!isValidDate(header.date)) {
    findings.push(
      syntaxFinding(
        'interchange',
        '12',
        'envelope.unb.date',
        `UNB date '${header.date}' is not a real date as YYMMDD or CCYYMMDD.`,
        at(4, 1, header.date),
      ),
    );
  }
  if (header.time === '') {
    findings.push(
      syntaxFinding(
        'interchange',
        '13',
        'envelope.unb.time',
        'UNB has no time of preparation (S004 0019).',
        at(4, 2, ''),
      ),
    );
  } else if (!isValidTime(header.time)) {
    findings.push(
      syntaxFinding(
        'interchange',
        '12',
        'envelope.unb.time',
        `UNB time '${header.time}' is not a real time as HHMM.`,
        at(4, 2, header.time),
      ),
    );
  }
  if (header.controlReference === '') {
    findings.push(
      syntaxFinding(
        'interchange',
        '13',
        'envelope.unb.control-reference',
        'UNB has no interchange control reference (0020).',
        at(5, 1, ''),
      ),
    );
  } else if (header.controlReference.length > 14) {
    findings.push(
      syntaxFinding(
        'interchange',
        '39',
        'envelope.unb.control-reference',
        `Interchange control reference '${header.controlReference}' is ${header.controlReference.length} characters; at most 14 are allowed.`,
        at(5, 1, header.controlReference),
      ),
    );
  }
  return { header, findings };
}
