import { hasElement, Segment, valueAt } from '@app/edifact';
import { Flight, LocalDateTime } from '../model/pnrgov-push.model';
import { Leg } from '../model/pnr.model';
import { isHhmm, localDateTime } from './pnrgov-date.parser';

export interface TravelTimes {
  departure?: LocalDateTime;
  arrival?: LocalDateTime;
  /** `DDMMYY:HHMM:HHMM`: an arrival time sent where the arrival date belongs (GTAS-generated traffic). */
  arrivalTimeInDatePosition: boolean;
}

/**
 * TVL C310 `DDMMYY:HHMM:DDMMYY:HHMM`. An empty arrival date with an arrival time means the
 * departure date (the guide's shorthand `121210:0915::1230`).
 */
export function readTravelTimes(tvl: Segment): TravelTimes {
  const [depDate = '', depTime = '', arrDate = '', arrTime = ''] = tvl.elements[0] ?? [];
  const departure = depDate === '' ? undefined : localDateTime(depDate, depTime);
  const arrival = arrDate === '' ? undefined : localDateTime(arrDate, arrTime);
  if (arrival !== undefined) return { departure, arrival, arrivalTimeInDatePosition: false };
  if (arrDate === '' && arrTime !== '') {
    return {
      departure,
      arrival: localDateTime(depDate, arrTime),
      arrivalTimeInDatePosition: false,
    };
  }
  if (arrTime === '' && isHhmm(arrDate)) {
    return { departure, arrival: localDateTime(depDate, arrDate), arrivalTimeInDatePosition: true };
  }
  return { departure, arrival: undefined, arrivalTimeInDatePosition: false };
}

const text = (segment: Segment, element: number, component = 1): string | undefined =>
  valueAt(segment, element, component) || undefined;

/** Level-0 TVL: the flight the push is for. */
export function readFlight(tvl: Segment): Flight {
  const { departure, arrival } = readTravelTimes(tvl);
  return {
    carrier: text(tvl, 4),
    number: text(tvl, 5),
    departureAirport: text(tvl, 2),
    arrivalAirport: text(tvl, 3),
    departure,
    arrival,
  };
}

/** Gr.5 TVL: marketing carrier and operating carrier in C306, flight number and class in C308. */
export function readLeg(tvl: Segment): Leg {
  const { departure, arrival } = readTravelTimes(tvl);
  return {
    carrier: text(tvl, 4),
    number: text(tvl, 5),
    bookingClass: text(tvl, 5, 2),
    operatingCarrier: text(tvl, 4, 2),
    operatingNumber: undefined,
    departureAirport: text(tvl, 2),
    arrivalAirport: text(tvl, 3),
    departure,
    arrival,
  };
}

/**
 * The second TVL of a codeshare (`TVL+++++860:M`): no dates and no airports, only the operating
 * flight. It completes the flight before it rather than opening a new one.
 */
export function isCodeshareCompanion(tvl: Segment): boolean {
  return !hasElement(tvl, 1) && !hasElement(tvl, 2) && !hasElement(tvl, 3) && hasElement(tvl, 5);
}

/** Completes a codeshare flight from its companion TVL or from TRA (`TRA+SK+1524:W`). */
export function applyOperatingFlight(leg: Leg, carrier: string, number: string): void {
  if (carrier !== '') leg.operatingCarrier = carrier;
  if (number !== '') leg.operatingNumber = number;
}
