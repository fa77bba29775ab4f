import { EdifactMessage, Segment, valueAt } from '@app/edifact';
import { PaxlstManifest } from '../model/paxlst-manifest';
import { TravelDocument } from '../model/traveller';
import { PaxlstFindings } from '../reading/paxlst-findings.collector';
import { PlacedSegment } from '../reading/placed-segment';

/**
 * Bits of what a traveller sent at all, of the data worth a warning when absent. A bit mask in
 * an array, not a set per traveller in a map: the walk records one for every traveller segment.
 */
export const SENT_SEX = 1;
export const SENT_BIRTH_DATE = 2;
export const SENT_NATIONALITY = 4;
export const SENT_DOCUMENT = 8;

/** What the walk saw per traveller: "missing" means absent, not present but invalid. */
export interface QualityEvidence {
  /** Per traveller, in the manifest's order: the SENT_ bits of what was sent at all. */
  sent: number[];
  expiries: { document: TravelDocument; at: PlacedSegment }[];
  counts: PlacedSegment[];
}

const IMPORTANT: readonly [number, string][] = [
  [SENT_SEX, 'sex (ATT+2)'],
  [SENT_BIRTH_DATE, 'date of birth (DTM+329)'],
  [SENT_NATIONALITY, 'nationality (NAT+2)'],
  [SENT_DOCUMENT, 'travel document (DOC)'],
];

/** The SENT_ bit a traveller's segment stands for, or 0; only a DTM's qualifier is read. */
export function sentBitOf(segment: Segment): number {
  switch (segment.tag) {
    case 'ATT':
      return SENT_SEX;
    case 'NAT':
      return SENT_NATIONALITY;
    case 'DOC':
      return SENT_DOCUMENT;
    case 'DTM':
      return valueAt(segment, 1) === '329' ? SENT_BIRTH_DATE : 0;
    default:
      return 0;
  }
}

/** Business data worth a warning, never a rejection (EDIFACT-NOTES §4). */
export function checkDataQuality(
  message: EdifactMessage,
  manifest: PaxlstManifest,
  evidence: QualityEvidence,
  findings: PaxlstFindings,
): void {
  manifest.travellers.forEach((traveller, slot) => {
    const at = findings.placed(traveller.position);
    const sent = evidence.sent[slot] ?? 0;
    for (const [bit, what] of IMPORTANT) {
      if (at === undefined || (sent & bit) !== 0) continue;
      const who = `${traveller.surname || 'unnamed'} (NAD ${traveller.roleCode} at position ${traveller.position})`;
      findings.quality(
        'warning',
        'paxlst.traveller.missing-data',
        `Traveller ${who} has no ${what}.`,
        at,
      );
    }
  });
  checkExpiries(manifest, evidence, findings);
  // A part's CNT is the flight total, so only a single-part message can be compared.
  if (message.part === undefined) checkCounts(manifest, evidence.counts, findings);
}

function checkExpiries(
  manifest: PaxlstManifest,
  evidence: QualityEvidence,
  findings: PaxlstFindings,
): void {
  const departure = manifest.legs.find(
    (leg) => leg.departure?.localDateTime !== undefined,
  )?.departure;
  const departureDate = departure?.localDateTime?.slice(0, 10);
  if (departureDate === undefined) return;
  for (const { document, at } of evidence.expiries) {
    if (document.expiryDate === undefined || document.expiryDate >= departureDate) continue;
    const text = `Document ${document.number || '(no number)'} expired on ${document.expiryDate}, before the flight departs from ${departure?.airport} on ${departureDate}.`;
    findings.quality('warning', 'paxlst.doc.expired', text, at, 1, 2);
  }
}

function checkCounts(
  manifest: PaxlstManifest,
  counts: PlacedSegment[],
  findings: PaxlstFindings,
): void {
  const crew = manifest.travellers.filter(
    (t) => t.roleCode === 'FM' || t.roleCode === 'DDT',
  ).length;
  const inMessage: Record<string, [number, string]> = {
    '42': [manifest.travellers.length - crew, 'passengers'],
    '41': [crew, 'crew'],
  };
  for (const at of counts) {
    const entry = inMessage[valueAt(at.segment, 1)];
    const total = manifest.totals[valueAt(at.segment, 1) === '42' ? 'passengers' : 'crew'];
    if (entry === undefined || total === undefined || total >= entry[0]) continue;
    const text = `CNT ${valueAt(at.segment, 1)} (${entry[1]}) totals ${total} for the flight, but this message alone lists ${entry[0]}.`;
    findings.quality('warning', 'paxlst.cnt.below-travellers', text, at, 1, 2);
  }
}
