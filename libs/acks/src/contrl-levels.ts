import {
  FindingLocation,
  SYNTAX_ERROR_CODES,
  SyntaxErrorCode,
  SyntaxFinding,
  SyntaxLevel,
} from '@app/edifact';
import { ContrlError } from './contrl-summary.model';

/** CONTRL levels from the lowest (UCD) to the highest (UCI). */
const LEVELS: readonly SyntaxLevel[] = ['element', 'segment', 'message', 'group', 'interchange'];

/** Where a finding stands in the CONTRL and the code it carries there. */
export interface ContrlPlacement {
  level: SyntaxLevel;
  code: SyntaxErrorCode;
}

/** True when ISO 9735-4 lets the code stand at the level (EDIFACT-NOTES §4). */
export function allowedAt(code: SyntaxErrorCode, level: SyntaxLevel): boolean {
  // Looked up defensively: a code from outside the table must not make the CONTRL throw.
  const entry = (
    SYNTAX_ERROR_CODES as Record<string, { levels: readonly SyntaxLevel[] } | undefined>
  )[code];
  return entry?.levels.includes(level) ?? false;
}

/**
 * The lowest level at or above the finding's own where its code is allowed and its location says
 * enough to point there (a UCD needs a message, a segment position and an element). A code with
 * no such level (35 or 36 that cannot stay put) keeps the lowest level it can point to, as 18
 * "unspecified error", so the rejection is not lost.
 */
export function placeFinding(finding: SyntaxFinding, groupsUsed: boolean): ContrlPlacement {
  const candidates = LEVELS.slice(Math.max(0, LEVELS.indexOf(finding.level))).filter((level) =>
    canPoint(level, finding.location, groupsUsed),
  );
  const level = candidates.find((l) => allowedAt(finding.code, l));
  if (level !== undefined) return { level, code: finding.code };
  return { level: candidates[0] ?? 'interchange', code: '18' };
}

function canPoint(level: SyntaxLevel, at: FindingLocation, groupsUsed: boolean): boolean {
  const inMessage = at.messageReference !== undefined;
  switch (level) {
    case 'element':
      return inMessage && at.position !== undefined && at.element !== undefined;
    case 'segment':
      return inMessage && at.position !== undefined;
    case 'message':
      return inMessage;
    case 'group':
      // UCF exists only when the subject used groups.
      return groupsUsed && at.groupReference !== undefined;
    case 'interchange':
      return true;
  }
}

/** ISO 9735 reserves tags starting with U for service segments; 0013 names only those. */
const SERVICE_TAG = /^U[A-Z]{2}$/;

/** The error a UCI, UCF or UCM holds; the place is kept only when a service segment is at fault. */
export function errorAt(code: SyntaxErrorCode, at: FindingLocation): ContrlError {
  if (at.tag === undefined || !SERVICE_TAG.test(at.tag)) return { code };
  return {
    code,
    tag: at.tag,
    ...(at.element === undefined ? {} : { element: at.element }),
    ...(at.component === undefined ? {} : { component: at.component }),
  };
}
