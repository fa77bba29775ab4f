import { FindingLocation, SyntaxFinding, SyntaxLevel } from '../findings/finding';
import { SyntaxErrorCode } from '../findings/syntax-error-code';

/** Builds a syntax finding; keeps call sites to one line each. */
export function syntaxFinding(
  level: SyntaxLevel,
  code: SyntaxErrorCode,
  rule: string,
  message: string,
  location: FindingLocation,
): SyntaxFinding {
  return { kind: 'syntax', level, code, rule, message, location };
}
