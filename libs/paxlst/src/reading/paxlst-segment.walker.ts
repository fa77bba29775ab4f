import { EdifactMessage, valueAt } from '@app/edifact';
import {
  PARTY_QUALIFIERS,
  REPORTING_PARTY,
  isTravellerRoleCode,
} from '../code-lists/paxlst-code-lists';
import { PaxlstManifest } from '../model/paxlst-manifest';
import { PaxlstReading } from '../model/paxlst-reading';
import { checkDataQuality, QualityEvidence } from '../rules/data-quality.check';
import { checkListType } from '../rules/list-type.check';
import { checkMessageStructure, MessageLayout } from '../rules/message-structure.check';
import { readTdt, settleLegEnds } from './flight-leg.reader';
import { readGroupDetail } from './group-detail.reader';
import { readBgm, readReportingParty } from './header.reader';
import { PaxlstFindings } from './paxlst-findings.collector';
import { PlacedSegment } from './placed-segment';
import { SegmentGroup, WalkScope } from './segment-group';
import { readCnt } from './totals.reader';
import { openTraveller } from './traveller.reader';

/** Segments that may appear in a PAXLST (EDIFACT-NOTES §2); any other tag is code 15. */
const PAXLST_TAGS = new Set(
  'UNH BGM RFF DTM NAD CTA COM TDT LOC ATT MEA GEI FTX EMP NAT DOC CPI QTY CNT UNT'.split(' '),
);

/**
 * Walks the segments of one message in order. The segments that open a group (BGM, NAD, TDT,
 * CNT) are handled here; the rest go to the group they stand in. Then the message-wide checks.
 */
export class PaxlstSegmentWalker implements WalkScope {
  readonly findings: PaxlstFindings;
  readonly layout: MessageLayout;
  readonly evidence: QualityEvidence = { sent: [], expiries: [], counts: [] };
  private group: SegmentGroup = { kind: 'header' };
  /** Positions already reported as out of place: one fault, one finding. */
  private readonly misplaced = new Set<number>();

  constructor(
    private readonly message: EdifactMessage,
    readonly manifest: PaxlstManifest,
    readonly now: Date,
  ) {
    this.findings = new PaxlstFindings(message);
    const segmentCount = message.segments.length;
    this.layout = {
      bgmSeen: false,
      lastItineraryPosition: 0,
      boundaries: [],
      countSeen: false,
      segmentCount,
    };
  }

  read(): PaxlstReading {
    const segments = this.message.segments;
    for (let i = 0; i < segments.length; i++) this.take({ segment: segments[i], position: i + 1 });
    this.manifest.legs.forEach(settleLegEnds);
    checkMessageStructure(this.manifest, this.layout, this.findings);
    checkListType(this.manifest, this.evidence.counts, this.findings);
    checkDataQuality(this.message, this.manifest, this.evidence, this.findings);
    return { manifest: this.manifest, findings: this.findings.all };
  }

  enter(group: SegmentGroup): void {
    this.group = group;
  }

  outOfPlace(at: PlacedSegment, why: string): void {
    if (this.misplaced.has(at.position)) return;
    this.misplaced.add(at.position);
    const tag = at.segment.tag;
    const text = `${tag} at position ${at.position} is out of place: ${why}.`;
    this.findings.segment('15', 'paxlst.segment.order', text, tag, at.position);
  }

  private take(at: PlacedSegment): void {
    const tag = at.segment.tag;
    if (!PAXLST_TAGS.has(tag)) {
      const text = `Segment '${tag}' is not part of a PAXLST message.`;
      return this.findings.segment('15', 'paxlst.segment.unknown', text, tag, at.position, tag);
    }
    if (this.layout.countSeen && tag !== 'CNT' && tag !== 'UNT') this.outOfPlace(at, 'after CNT');
    switch (tag) {
      case 'UNH':
        return;
      case 'UNT':
        this.layout.untPosition = at.position;
        this.layout.boundaries.push(at.position);
        return;
      case 'BGM':
        return this.takeBgm(at);
      case 'NAD':
        return this.takeNad(at);
      case 'TDT':
        return this.takeTdt(at);
      case 'CNT':
        this.layout.countSeen = true;
        this.layout.boundaries.push(at.position);
        this.evidence.counts.push(at);
        return readCnt(at, this.manifest.totals, this.findings);
      default:
        return readGroupDetail(at, this.group, this);
    }
  }

  private takeBgm(at: PlacedSegment): void {
    if (at.position !== 2) {
      const text = `BGM stands at position ${at.position}; it must follow UNH directly.`;
      this.findings.segment('15', 'paxlst.bgm.position', text, 'BGM', at.position);
    }
    if (this.layout.bgmSeen) return;
    this.layout.bgmSeen = true;
    readBgm(at, this.manifest.message, this.findings);
  }

  private takeNad(at: PlacedSegment): void {
    const party = valueAt(at.segment, 1);
    if (isTravellerRoleCode(party)) {
      // Every traveller NAD opens a traveller, wherever it stands: the count must be exact.
      this.layout.boundaries.push(at.position);
      const traveller = openTraveller(at, party, this.findings);
      const slot = this.manifest.travellers.push(traveller) - 1;
      this.evidence.sent[slot] = 0;
      this.group = { kind: 'traveller', traveller, slot };
    } else if (party === REPORTING_PARTY) {
      if (this.group.kind !== 'header') {
        this.outOfPlace(at, 'the reporting party (NAD+MS) belongs before the itinerary');
      }
      const reporting = readReportingParty(at);
      this.manifest.reportingParty ??= reporting;
      this.group = { kind: 'header', party: reporting };
    } else {
      const text =
        party === ''
          ? 'NAD party qualifier (3035) is missing.'
          : `NAD party qualifier (3035) '${party}' is not one of ${PARTY_QUALIFIERS.join(', ')}.`;
      this.findings.element(party === '' ? '13' : '14', 'paxlst.nad.party', text, at, 1);
      this.group = { kind: 'stray-party' };
    }
  }

  private takeTdt(at: PlacedSegment): void {
    if (this.group.kind !== 'header' && this.group.kind !== 'leg') {
      this.outOfPlace(at, 'the itinerary belongs before the travellers');
    }
    const leg = readTdt(at, this.findings);
    this.manifest.legs.push(leg);
    this.layout.lastItineraryPosition = at.position;
    this.group = { kind: 'leg', leg };
  }
}
