import { valueAt } from '@app/edifact';
import {
  LEG_LOCATION_QUALIFIERS,
  TRANSPORT_STAGES,
  legLocationRole,
} from '../code-lists/paxlst-code-lists';
import { FlightLeg, LegEnd, LegLocation } from '../model/flight-leg';
import { checkAirport, checkCode } from './code-value.check';
import { PaxlstFindings } from './paxlst-findings.collector';
import { PlacedSegment } from './placed-segment';

/** TDT: transport stage, journey id (carrier + number) and carrier (C040). */
export function readTdt(at: PlacedSegment, findings: PaxlstFindings): FlightLeg {
  checkCode(
    { at, element: 1, what: 'TDT transport stage (8051)', rule: 'paxlst.tdt.stage' },
    TRANSPORT_STAGES,
    findings,
  );
  const ident = valueAt(at.segment, 2);
  if (ident === '') {
    findings.element(
      '13',
      'paxlst.tdt.journey',
      'TDT has no journey identifier (8028): carrier code and flight number.',
      at,
      2,
    );
  }
  const { carrierCode, flightNumber } = splitJourney(ident, valueAt(at.segment, 5));
  const journeyId = carrierCode !== '' ? carrierCode + flightNumber : ident;
  return {
    transportStage: valueAt(at.segment, 1),
    journeyId,
    carrierCode,
    flightNumber,
    locations: [],
  };
}

/** TDT+20+LH400+++LH: the number follows the carrier; without C040, the designator leads the id. */
function splitJourney(
  ident: string,
  carrier: string,
): { carrierCode: string; flightNumber: string } {
  if (carrier !== '') {
    return {
      carrierCode: carrier,
      flightNumber: ident.startsWith(carrier) ? ident.slice(carrier.length) : ident,
    };
  }
  const m = /^([A-Z0-9]{2}[A-Z]?)(\d{1,4}[A-Z]?)$/.exec(ident);
  return m !== null && /[A-Z]/.test(m[1])
    ? { carrierCode: m[1], flightNumber: m[2] }
    : { carrierCode: '', flightNumber: ident };
}

/** LOC in the itinerary: 125, 87, 92 or 130 and an airport. */
export function readLegLocation(
  at: PlacedSegment,
  leg: FlightLeg,
  findings: PaxlstFindings,
): LegLocation {
  const qualifier = valueAt(at.segment, 1);
  const site = {
    at,
    element: 1,
    what: 'LOC place qualifier (3227) in the itinerary',
    rule: 'paxlst.loc.qualifier',
  };
  checkCode(site, LEG_LOCATION_QUALIFIERS, findings);
  const location: LegLocation = { qualifier, airport: checkAirport(at, findings) };
  const role = legLocationRole(qualifier);
  if (role !== undefined) location.role = role;
  leg.locations.push(location);
  return location;
}

/** Departure: LOC 125 or the first LOC with a departure time; arrival: LOC 87 or the last with an arrival. */
export function settleLegEnds(leg: FlightLeg): void {
  const locs = leg.locations;
  const from =
    locs.find((l) => l.qualifier === '125') ??
    locs.find((l) => l.departure !== undefined) ??
    locs[0];
  const to =
    locs.find((l) => l.qualifier === '87') ??
    [...locs].reverse().find((l) => l.arrival !== undefined) ??
    (locs.length > 1 ? locs[locs.length - 1] : undefined);
  if (from !== undefined) leg.departure = end(from.airport, from.departure);
  if (to !== undefined && to !== from) leg.arrival = end(to.airport, to.arrival);
}

function end(airport: string, localDateTime: string | undefined): LegEnd {
  return localDateTime === undefined ? { airport } : { airport, localDateTime };
}
