import { Finding, QualityFinding, SyntaxErrorCode, SyntaxFinding, SyntaxLevel } from '@app/edifact';

/** Where a finding in a `pnrgovMessage` stands: UNB is interchange segment 0, UNH is 1 (position 1). */
export interface ExpectedLocation {
  tag: string;
  position: number;
  element?: number;
  component?: number;
  value?: string;
}

/** A finding without its message text, which the specs check apart where it matters. */
export type FindingShape = Omit<SyntaxFinding, 'message'> | Omit<QualityFinding, 'message'>;

export const withoutMessage = ({ message: _message, ...shape }: Finding): FindingShape => shape;

/** The exact finding expected, message aside; `segmentIndex` follows from the position. */
export function syntaxAt(
  level: SyntaxLevel,
  code: SyntaxErrorCode,
  rule: string,
  at: ExpectedLocation,
): FindingShape {
  return { kind: 'syntax', level, code, rule, location: locationOf(at) };
}

export function warningAt(rule: string, at: ExpectedLocation): FindingShape {
  return { kind: 'quality', severity: 'warning', rule, location: locationOf(at) };
}

function locationOf(at: ExpectedLocation): Finding['location'] {
  return { messageReference: '1', groupReference: undefined, segmentIndex: at.position, ...at };
}
