import { Finding } from '@app/edifact';
import { PaxlstManifest } from './paxlst-manifest';

export interface PaxlstReading {
  manifest: PaxlstManifest;
  /** SyntaxFinding rejects the message in the CONTRL; QualityFinding is a data-quality note. */
  findings: Finding[];
}

export interface PaxlstReadContext {
  /** Reference instant for "not in the future" and century inference; defaults to the clock. */
  now?: Date;
}
