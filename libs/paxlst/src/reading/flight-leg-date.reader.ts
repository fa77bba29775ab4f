import { valueAt } from '@app/edifact';
import { LEG_DATE_QUALIFIERS } from '../code-lists/paxlst-code-lists';
import { FlightLeg, LegLocation } from '../model/flight-leg';
import { checkCode } from './code-value.check';
import { minutesBetween, parseLocalDateTime } from './edifact-date.parser';
import { PaxlstFindings } from './paxlst-findings.collector';
import { PlacedSegment } from './placed-segment';

/** Local times span UTC-12 to UTC+14: no real arrival is earlier than this before its departure. */
const MAX_OFFSET_SPREAD_MINUTES = 26 * 60;

/** DTM 189 (departure) or 232 (arrival) after a leg LOC, format 201. */
export function readLegDate(
  at: PlacedSegment,
  leg: FlightLeg,
  location: LegLocation,
  findings: PaxlstFindings,
  now: Date,
): void {
  const site = {
    at,
    element: 1,
    what: 'DTM qualifier (2005) in the itinerary',
    rule: 'paxlst.dtm.qualifier',
  };
  if (!checkCode(site, LEG_DATE_QUALIFIERS, findings)) return;
  const local = readDateTime(at, findings, now);
  if (local === undefined) return;
  if (valueAt(at.segment, 1) === '189') location.departure = local;
  else {
    location.arrival = local;
    checkArrival(at, leg, location, findings);
  }
}

function readDateTime(at: PlacedSegment, findings: PaxlstFindings, now: Date): string | undefined {
  const [qualifier, value, format] = [1, 2, 3].map((c) => valueAt(at.segment, 1, c));
  if (value === '') {
    findings.element(
      '13',
      'paxlst.dtm.date-time',
      `DTM ${qualifier} has no date or time.`,
      at,
      1,
      2,
    );
    return undefined;
  }
  const expected = format === '201' ? 10 : format === '203' ? 12 : undefined;
  if (format !== '' && expected === undefined) {
    findings.element(
      '14',
      'paxlst.dtm.format',
      `DTM ${qualifier} format '${format}' (2379) is not 201 (YYMMDDHHMM) or 203 (CCYYMMDDHHMM).`,
      at,
      1,
      3,
    );
  } else if (format === '' && value.length > 8) {
    findings.element(
      '13',
      'paxlst.dtm.format',
      `DTM ${qualifier} has a time but no format code (2379); expected 201.`,
      at,
      1,
      3,
    );
  }
  // Without a format the length decides; with one, a value of another length is not guessed at.
  const local =
    expected === undefined || value.length === expected
      ? parseLocalDateTime(value, now)
      : undefined;
  if (local === undefined) {
    const layout = format === '203' ? '203 (CCYYMMDDHHMM)' : '201 (YYMMDDHHMM)';
    findings.element(
      '12',
      'paxlst.dtm.date-time',
      `DTM ${qualifier} '${value}' is not a real date and time in format ${layout}.`,
      at,
      1,
      2,
    );
  }
  return local;
}

/** Local times differ by zone, so only an impossible gap is a fault; a small one is a warning. */
function checkArrival(
  at: PlacedSegment,
  leg: FlightLeg,
  arrival: LegLocation,
  findings: PaxlstFindings,
): void {
  const before = leg.locations.slice(0, leg.locations.indexOf(arrival)).reverse();
  const from = before.find((l) => l.departure !== undefined);
  if (from?.departure === undefined || arrival.arrival === undefined) return;
  const minutes = minutesBetween(from.departure, arrival.arrival);
  if (minutes === undefined || minutes > 0) return;
  const text = `Arrival ${arrival.arrival} at ${arrival.airport} is not after departure ${from.departure} from ${from.airport}`;
  if (minutes < -MAX_OFFSET_SPREAD_MINUTES) {
    findings.element(
      '12',
      'paxlst.dtm.arrival-before-departure',
      `${text}: it is earlier by more than any time-zone difference allows.`,
      at,
      1,
      2,
    );
  } else {
    findings.quality(
      'warning',
      'paxlst.leg.arrival-not-after-departure',
      `${text}; in local times only a large time-zone change (e.g. across the date line) explains that.`,
      at,
      1,
      2,
    );
  }
}
