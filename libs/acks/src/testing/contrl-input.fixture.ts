import {
  FindingLocation,
  GroupHeader,
  InterchangeHeader,
  SyntaxErrorCode,
  SyntaxFinding,
  SyntaxLevel,
  syntaxFinding,
} from '@app/edifact';
import { ContrlInput, ContrlSubjectMessage } from '../contrl.types';

/** Test data for the CONTRL specs: a three-message PAXLST interchange from LHAPI to PIUDE. */
export const NOW = new Date(Date.UTC(2026, 10, 28, 9, 5));
export const REF = 'CTL0001';

export function header(overrides: Partial<InterchangeHeader> = {}): InterchangeHeader {
  return {
    syntaxId: 'UNOA',
    syntaxVersion: 3,
    sender: { id: 'LHAPI', qualifier: 'ZZ' },
    recipient: { id: 'PIUDE', qualifier: 'ZZ' },
    date: '261128',
    time: '0800',
    controlReference: '000123',
    applicationReference: 'APIS',
    ackRequested: true,
    test: false,
    ...overrides,
  };
}

export function message(reference: string, groupReference?: string): ContrlSubjectMessage {
  const m = {
    reference,
    type: 'PAXLST',
    version: 'D',
    release: '05B',
    agency: 'UN',
    association: 'IATA',
  };
  return groupReference === undefined ? m : { ...m, groupReference };
}

export function group(reference: string, trailerCount = '1'): GroupHeader {
  return {
    messageGroupId: 'PAXLST',
    sender: { id: 'LH', qualifier: '' },
    recipient: { id: 'DEPIU', qualifier: '' },
    reference,
    trailerCount,
    segmentIndex: 1,
  };
}

export function input(
  overrides: Partial<ContrlInput> = {},
  subject: Partial<ContrlInput['subject']> = {},
): ContrlInput {
  return {
    subject: {
      header: header(),
      groups: [],
      messages: ['1', '2', '3'].map((r) => message(r)),
      ...subject,
    },
    findings: [],
    controlReference: REF,
    now: NOW,
    ...overrides,
  };
}

export function fault(
  level: SyntaxLevel,
  code: SyntaxErrorCode,
  location: FindingLocation,
): SyntaxFinding {
  return syntaxFinding(level, code, 'test.fault', 'A fault made up for the test.', location);
}

/** The expected CONTRL around its UCI…: our UNB/UNH before, UNT (counted) and UNZ after. */
export function contrl(
  body: string[],
  unb = "UNB+UNOA:3+PIUDE:ZZ+LHAPI:ZZ+261128:0905+CTL0001'",
  unh = 'CONTRL:D:3:UN',
): string {
  const segments = [`UNH+${REF}+${unh}`, ...body, `UNT+${body.length + 2}+${REF}`, `UNZ+1+${REF}`];
  return unb + segments.map((s) => `${s}'`).join('');
}
