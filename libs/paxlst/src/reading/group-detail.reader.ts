import { valueAt } from '@app/edifact';
import { TRAVELLER_LOCATIONS } from '../code-lists/paxlst-code-lists';
import { ReportingParty } from '../model/paxlst-manifest';
import { readLegDate } from './flight-leg-date.reader';
import { readLegLocation } from './flight-leg.reader';
import { readHeaderReference, readPartyContact } from './header.reader';
import { PlacedSegment } from './placed-segment';
import { SegmentGroup, WalkScope } from './segment-group';
import { openDocument, readDocumentDate, readDocumentLocation } from './travel-document.reader';
import { readTravellerSegment } from './traveller.reader';
import { SENT_DOCUMENT, sentBitOf } from '../rules/data-quality.check';

const TRAVELLER_ONLY_TAGS = new Set(['ATT', 'MEA', 'FTX', 'COM', 'EMP', 'NAT']);

/** Segments whose meaning depends on the group they stand in (all but BGM, NAD, TDT, CNT). */
export function readGroupDetail(at: PlacedSegment, group: SegmentGroup, scope: WalkScope): void {
  switch (group.kind) {
    case 'header':
      return readHeaderDetail(at, group.party, scope);
    case 'leg':
      return readLegDetail(at, group, scope);
    case 'traveller':
      if (at.segment.tag === 'DOC') return enterDocument(at, group, scope);
      if (at.segment.tag === 'CPI' || at.segment.tag === 'QTY') {
        return scope.outOfPlace(at, 'it belongs in a DOC group');
      }
      return readTravellerDetail(at, group, scope);
    case 'document':
      return readDocumentDetail(at, group, scope);
    case 'stray-party':
      return;
  }
}

function readHeaderDetail(
  at: PlacedSegment,
  party: ReportingParty | undefined,
  scope: WalkScope,
): void {
  const tag = at.segment.tag;
  if (tag === 'RFF') return readHeaderReference(at, scope.manifest.message, scope.findings);
  if (tag === 'DTM') return; // a message date: nothing in the manifest depends on it
  if ((tag === 'CTA' || tag === 'COM') && party !== undefined) return readPartyContact(at, party);
  scope.outOfPlace(at, 'no traveller or flight leg has begun');
}

function readLegDetail(
  at: PlacedSegment,
  group: Extract<SegmentGroup, { kind: 'leg' }>,
  scope: WalkScope,
): void {
  scope.layout.lastItineraryPosition = at.position;
  if (at.segment.tag === 'LOC') {
    group.location = readLegLocation(at, group.leg, scope.findings);
  } else if (at.segment.tag === 'DTM' && group.location !== undefined) {
    readLegDate(at, group.leg, group.location, scope.findings, scope.now);
  } else scope.outOfPlace(at, 'the itinerary holds only TDT, LOC and DTM after a LOC');
}

type TravellerGroup = Extract<SegmentGroup, { kind: 'traveller' | 'document' }>;

function readTravellerDetail(at: PlacedSegment, group: TravellerGroup, scope: WalkScope): void {
  const tag = at.segment.tag;
  if (tag === 'CTA') return scope.outOfPlace(at, 'CTA belongs to the reporting party');
  scope.evidence.sent[group.slot] |= sentBitOf(at.segment);
  readTravellerSegment(at, group.traveller, scope.findings, scope.now);
}

function enterDocument(at: PlacedSegment, group: TravellerGroup, scope: WalkScope): void {
  const { traveller, slot } = group;
  scope.evidence.sent[slot] |= SENT_DOCUMENT;
  const document = openDocument(at, traveller, scope.findings);
  scope.enter({ kind: 'document', traveller, slot, document });
}

/** DOC DTM* GEI? RFF? LOC* CPI? QTY?; a traveller's own segment here is read but out of place. */
function readDocumentDetail(
  at: PlacedSegment,
  group: Extract<SegmentGroup, { kind: 'document' }>,
  scope: WalkScope,
): void {
  const tag = at.segment.tag;
  const qualifier = valueAt(at.segment, 1);
  const document = group.document;
  if (tag === 'DOC') return enterDocument(at, group, scope);
  if (tag === 'CPI' || tag === 'QTY') return;
  if (tag === 'GEI' || tag === 'RFF') return readTravellerDetail(at, group, scope);
  if (tag === 'DTM' && qualifier !== '329') {
    readDocumentDate(at, document, scope.findings, scope.now);
    if (qualifier === '36') scope.evidence.expiries.push({ document, at });
    return;
  }
  if (tag === 'LOC' && !TRAVELLER_LOCATIONS.includes(qualifier)) {
    return readDocumentLocation(at, document, scope.findings);
  }
  if (TRAVELLER_ONLY_TAGS.has(tag) || tag === 'DTM' || tag === 'LOC') {
    scope.outOfPlace(at, "a traveller's own data comes before DOC");
  }
  readTravellerDetail(at, group, scope);
}
