// Test support: builds small PAXLST messages through the real EDIFACT reader.
import { EdifactMessage, Finding, readInterchange } from '@app/edifact';
import { PaxlstReading } from '../model/paxlst-reading';
import { readPaxlst } from '../reading/paxlst.reader';

/** The reference instant every spec reads with. */
export const NOW = new Date('2026-06-01T12:00:00Z');

/** Positions 2–4. */
export const HEADER = ['BGM+745', 'NAD+MS+++JOHN SMITH', 'COM+703-555-1212:TE'];
/** Positions 5–9. */
export const ITINERARY = [
  'TDT+20+LH400+++LH',
  'LOC+125+FRA',
  'DTM+189:2606011000:201',
  'LOC+87+JFK',
  'DTM+232:2606011300:201',
];
/** Positions 10–16 when it follows HEADER and ITINERARY. */
export const PASSENGER = [
  'NAD+FL+++DOE:JANE:MARY',
  'ATT+2++F',
  'DTM+329:800101',
  'NAT+2+DEU',
  'DOC+P+C01X00T47',
  'DTM+36:300101',
  'LOC+91+DEU',
];
export const TRAILER = ['CNT+42:1'];

/** A clean one-passenger message: UNH 1, BGM 2, …, NAD+FL 10, CNT 17, UNT 18. */
export const VALID = [...HEADER, ...ITINERARY, ...PASSENGER, ...TRAILER];

/** A message around `body` (segments without terminators), UNH reference 'M1', UNT counted. */
export function paxlstMessage(body: string[], unh = 'UNH+M1+PAXLST:D:05B:UN:IATA'): EdifactMessage {
  const segments = [
    'UNB+UNOA:4+SENDER+RECEIVER+260601:1200+REF1',
    unh,
    ...body,
    `UNT+${body.length + 2}+M1`,
    'UNZ+1+REF1',
  ];
  return readInterchange(Buffer.from(segments.map((s) => `${s}'`).join('\n'))).messages[0];
}

export function read(body: string[], unh?: string): PaxlstReading {
  return readPaxlst(paxlstMessage(body, unh), { now: NOW });
}

/** VALID with the segment at `position` replaced (or removed when `segment` is undefined). */
export function validWith(position: number, segment?: string): string[] {
  const body = [...VALID];
  body.splice(position - 2, 1, ...(segment === undefined ? [] : [segment]));
  return body;
}

export function withRule(findings: Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

/** Where a finding in message M1 stands; segmentIndex equals position because UNB is index 0. */
export function at(tag: string, position: number, more: object = {}): object {
  return { tag, segmentIndex: position, messageReference: 'M1', position, ...more };
}
