import { SyntaxErrorCode } from './syntax-error-code';

/**
 * Where a finding sits. Positions follow ISO 9735-4 (CONTRL): a segment's position counts from
 * UNH = 1 within its message; element and component positions count from 1 after the tag.
 */
export interface FindingLocation {
  /** 0-based index of the segment in the interchange (UNA not counted), for reports. */
  segmentIndex?: number;
  tag?: string;
  /** UNH 0062 of the enclosing message, when the finding is inside one. */
  messageReference?: string;
  /** 0-based place of that message in the interchange: references may repeat, places do not. */
  messageIndex?: number;
  /** UNG 0048 of the enclosing group, when groups are used. */
  groupReference?: string;
  /** Segment position within the message, UNH = 1. */
  position?: number;
  element?: number;
  component?: number;
  /** The offending value as received (decoded), when there is one. */
  value?: string;
}

/** The CONTRL level a syntax fault is reported at (UCI, UCF, UCM, UCS, UCD). */
export type SyntaxLevel = 'interchange' | 'group' | 'message' | 'segment' | 'element';

/** A fault against the syntax or the message structure: it rejects its level in the CONTRL. */
export interface SyntaxFinding {
  kind: 'syntax';
  level: SyntaxLevel;
  code: SyntaxErrorCode;
  /** Stable rule identifier, e.g. `envelope.unt.count`, `paxlst.att.sex`. */
  rule: string;
  /** Plain-English reason a carrier's connectivity team can act on. */
  message: string;
  location: FindingLocation;
}

/** A data-quality observation: reported, never a rejection (EDIFACT-NOTES §4). */
export interface QualityFinding {
  kind: 'quality';
  severity: 'warning' | 'info';
  rule: string;
  message: string;
  location: FindingLocation;
}

export type Finding = SyntaxFinding | QualityFinding;

/** How many findings of each kind were left out of a list past its cap. */
export interface DroppedFindings {
  syntax: number;
  quality: number;
}
