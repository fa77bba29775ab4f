import { EdifactMessage, valueAt } from '@app/edifact';
import { PaxlstManifest } from '../model/paxlst-manifest';
import { TravelDocument, Traveller } from '../model/traveller';
import { PaxlstFindings } from '../reading/paxlst-findings.collector';
import { PlacedSegment } from '../reading/placed-segment';

/** What the walk saw per traveller: "missing" means absent, not present but invalid. */
export interface QualityEvidence {
  /** Per traveller, the tags (ATT, NAT, DOC) and DTM qualifiers (329) that were sent at all. */
  sent: Map<Traveller, Set<string>>;
  expiries: { document: TravelDocument; at: PlacedSegment }[];
  counts: PlacedSegment[];
}

const IMPORTANT: readonly [string, string][] = [
  ['ATT', 'sex (ATT+2)'],
  ['329', 'date of birth (DTM+329)'],
  ['NAT', 'nationality (NAT+2)'],
  ['DOC', 'travel document (DOC)'],
];

/** Business data worth a warning, never a rejection (EDIFACT-NOTES §4). */
export function checkDataQuality(
  message: EdifactMessage,
  manifest: PaxlstManifest,
  evidence: QualityEvidence,
  findings: PaxlstFindings,
): void {
  for (const traveller of manifest.travellers) {
    const at = findings.placed(traveller.position);
    const sent = evidence.sent.get(traveller) ?? new Set<string>();
    for (const [key, what] of IMPORTANT) {
      if (at === undefined || sent.has(key)) continue;
      const who = `${traveller.surname || 'unnamed'} (NAD ${traveller.roleCode} at position ${traveller.position})`;
      findings.quality(
        'warning',
        'paxlst.traveller.missing-data',
        `Traveller ${who} has no ${what}.`,
        at,
      );
    }
  }
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
