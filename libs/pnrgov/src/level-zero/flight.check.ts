import { Segment, valueAt } from '@app/edifact';
import { ElementRef, FindingSink, PlacedSegment } from '../findings/finding.sink';
import { isDdmmyy, isHhmm, minutesBetween } from '../segments/pnrgov-date.parser';
import { readTravelTimes } from '../segments/tvl.parser';

const AIRPORT = /^[A-Z]{3}$/;
/** Local times differ by at most 26 hours (UTC-12 to UTC+14): an arrival earlier than that is impossible. */
const WIDEST_ZONE_GAP_MINUTES = 26 * 60;

const ref = (segment: Segment, element: number, component: number): ElementRef => ({
  element,
  component,
  value: valueAt(segment, element, component),
});

/**
 * Level-0 TVL `DDMMYY:HHMM:DDMMYY:HHMM+DEP+ARR+CARRIER+NUMBER`: real dates and times, 3-letter
 * airports, a carrier and a flight number, and an arrival that can follow the departure.
 */
export function checkFlight(tvl: PlacedSegment, sink: FindingSink): void {
  const s = tvl.segment;
  const departureDate = ref(s, 1, 1);
  if (departureDate.value === '') {
    sink.element(
      '13',
      'pnrgov.tvl.date',
      'The flight TVL has no departure date (DDMMYY).',
      tvl,
      departureDate,
    );
  } else if (!isDdmmyy(departureDate.value)) {
    sink.element(
      '12',
      'pnrgov.tvl.date',
      `Departure date '${departureDate.value}' is not a real date written DDMMYY.`,
      tvl,
      departureDate,
    );
  }
  checkTime(tvl, ref(s, 1, 2), 'Departure', sink);
  const times = readTravelTimes(s);
  const arrivalDate = ref(s, 1, 3);
  if (times.arrivalTimeInDatePosition) {
    sink.warning(
      'pnrgov.tvl.arrival-time-in-date-position',
      `Arrival '${arrivalDate.value}' stands where the arrival date (DDMMYY) belongs; read as the arrival time on the departure date.`,
      tvl,
      arrivalDate,
    );
  } else if (arrivalDate.value !== '' && !isDdmmyy(arrivalDate.value)) {
    sink.element(
      '12',
      'pnrgov.tvl.date',
      `Arrival date '${arrivalDate.value}' is not a real date written DDMMYY.`,
      tvl,
      arrivalDate,
    );
  }
  checkTime(tvl, ref(s, 1, 4), 'Arrival', sink);
  checkAirport(tvl, ref(s, 2, 1), 'departure', sink);
  checkAirport(tvl, ref(s, 3, 1), 'arrival', sink);
  if (valueAt(s, 4) === '') {
    sink.element(
      '13',
      'pnrgov.tvl.carrier',
      'The flight TVL has no carrier code.',
      tvl,
      ref(s, 4, 1),
    );
  }
  if (valueAt(s, 5) === '') {
    sink.element(
      '13',
      'pnrgov.tvl.flight-number',
      'The flight TVL has no flight number.',
      tvl,
      ref(s, 5, 1),
    );
  }
  checkSequence(tvl, times.departure, times.arrival, sink);
}

function checkTime(tvl: PlacedSegment, time: ElementRef, what: string, sink: FindingSink): void {
  if (time.value !== '' && !isHhmm(time.value)) {
    sink.element(
      '12',
      'pnrgov.tvl.time',
      `${what} time '${time.value}' is not a real time written HHMM.`,
      tvl,
      time,
    );
  }
}

function checkAirport(
  tvl: PlacedSegment,
  airport: ElementRef,
  what: string,
  sink: FindingSink,
): void {
  if (airport.value === '') {
    sink.element(
      '13',
      'pnrgov.tvl.airport',
      `The flight TVL has no ${what} airport.`,
      tvl,
      airport,
    );
  } else if (!AIRPORT.test(airport.value)) {
    sink.element(
      '12',
      'pnrgov.tvl.airport',
      `The ${what} airport '${airport.value}' is not a 3-letter IATA code (A-Z).`,
      tvl,
      airport,
    );
  }
}

/**
 * Times are local, so a flight crossing the date line eastwards lands "before" it leaves (NRT 17:00
 * to LAX 10:00 the same day). Earlier by more than the widest zone gap is impossible: invalid.
 * Earlier by less is possible but worth a look: a warning.
 */
function checkSequence(
  tvl: PlacedSegment,
  departure: string | undefined,
  arrival: string | undefined,
  sink: FindingSink,
): void {
  const minutes = minutesBetween(departure, arrival);
  if (minutes === undefined || minutes >= 0) return;
  const s = tvl.segment;
  const at = valueAt(s, 1, 3) !== '' ? ref(s, 1, 3) : ref(s, 1, 4);
  const text = `Arrival ${arrival} is before departure ${departure} (local times)`;
  if (-minutes > WIDEST_ZONE_GAP_MINUTES) {
    sink.element(
      '12',
      'pnrgov.tvl.arrival-before-departure',
      `${text}, by more than any time-zone difference explains.`,
      tvl,
      at,
    );
  } else {
    sink.warning(
      'pnrgov.tvl.arrival-before-departure',
      `${text}; possible only when the flight crosses the date line eastwards.`,
      tvl,
      at,
    );
  }
}
