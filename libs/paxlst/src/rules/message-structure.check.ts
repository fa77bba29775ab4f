import { PaxlstManifest } from '../model/paxlst-manifest';
import { PaxlstFindings } from '../reading/paxlst-findings.collector';

/** Where the walk found the parts of the message, for the checks of what is missing. */
export interface MessageLayout {
  bgmSeen: boolean;
  /** Position of the last segment read inside the itinerary (TDT/LOC/DTM), 0 when none. */
  lastItineraryPosition: number;
  /** Positions of traveller NADs, CNTs and the UNT: segments the itinerary must come before. */
  boundaries: number[];
  countSeen: boolean;
  /** Segments in the message, UNH and UNT included. */
  segmentCount: number;
  /** Position of UNT, when the message has one. */
  untPosition?: number;
}

/**
 * Mandatory segments: BGM, at least one TDT with a LOC 125 and a LOC 87, and CNT. A missing
 * segment is reported at the position where it was expected (the segment standing there).
 */
export function checkMessageStructure(
  manifest: PaxlstManifest,
  layout: MessageLayout,
  findings: PaxlstFindings,
): void {
  const end = layout.untPosition ?? layout.segmentCount + 1;
  if (!layout.bgmSeen) {
    findings.segment('13', 'paxlst.bgm.missing', 'BGM is missing: it must follow UNH.', 'BGM', 2);
  }
  const afterItinerary = layout.boundaries.find((p) => p > layout.lastItineraryPosition) ?? end;
  if (manifest.legs.length === 0) {
    findings.segment(
      '13',
      'paxlst.tdt.missing',
      'There is no TDT: the message names no flight.',
      'TDT',
      afterItinerary,
    );
  } else {
    const qualifiers = new Set(
      manifest.legs.flatMap((leg) => leg.locations.map((l) => l.qualifier)),
    );
    if (!qualifiers.has('125')) {
      findings.segment(
        '13',
        'paxlst.loc.departure-missing',
        'The itinerary has no LOC 125 (last departure airport).',
        'LOC',
        afterItinerary,
      );
    }
    if (!qualifiers.has('87')) {
      findings.segment(
        '13',
        'paxlst.loc.arrival-missing',
        'The itinerary has no LOC 87 (first arrival airport).',
        'LOC',
        afterItinerary,
      );
    }
  }
  if (!layout.countSeen) {
    findings.segment(
      '13',
      'paxlst.cnt.missing',
      'CNT (total passengers or crew) is missing before UNT.',
      'CNT',
      end,
    );
  }
}
