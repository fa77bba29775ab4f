import type { FindingLocation } from '@app/edifact';

export type FindingKind = 'syntax' | 'quality';

/** A finding as the ingest hands it to the journal. */
export interface FindingRecord {
  kind: FindingKind;
  /** CONTRL level for a syntax finding (`interchange` … `element`), severity for a quality one. */
  level: string;
  /** ISO 9735 syntax error code (0085); quality findings have none. */
  code: string | null;
  /** Stable rule identifier, e.g. `envelope.unt.count`. */
  rule: string;
  text: string;
  location: FindingLocation;
}

/** A stored finding: interchange-wide when `messageId` is null. */
export interface JournalFinding extends FindingRecord {
  id: string;
  interchangeId: string;
  messageId: string | null;
}
