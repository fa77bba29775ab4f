import { FlightLeg, LegLocation } from '../model/flight-leg';
import { PaxlstManifest, ReportingParty } from '../model/paxlst-manifest';
import { TravelDocument, Traveller } from '../model/traveller';
import { QualityEvidence } from '../rules/data-quality.check';
import { MessageLayout } from '../rules/message-structure.check';
import { PaxlstFindings } from './paxlst-findings.collector';
import { PlacedSegment } from './placed-segment';

/** The group the walk stands in: the segments that follow attach to it. */
export type SegmentGroup =
  | { kind: 'header'; party?: ReportingParty }
  | { kind: 'leg'; leg: FlightLeg; location?: LegLocation }
  /** `slot`: the traveller's place in the manifest, where its quality evidence is kept. */
  | { kind: 'traveller'; traveller: Traveller; slot: number }
  | { kind: 'document'; traveller: Traveller; slot: number; document: TravelDocument }
  /** After a NAD with an unknown party qualifier: its details belong to nobody. */
  | { kind: 'stray-party' };

/** What the group readers may use and change in the walk over one message. */
export interface WalkScope {
  readonly findings: PaxlstFindings;
  readonly now: Date;
  readonly manifest: PaxlstManifest;
  readonly layout: MessageLayout;
  readonly evidence: QualityEvidence;
  enter(group: SegmentGroup): void;
  /** Reports a segment out of place (segment 15), once per segment. */
  outOfPlace(at: PlacedSegment, why: string): void;
}
