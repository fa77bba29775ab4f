/**
 * An airline designator as PAXLST splits it: two letters or digits, one at least a letter
 * (IATA), or three letters (ICAO). The lookahead asks for that letter in first or second place.
 */
export const CARRIER_CODE = /^(?=[0-9]?[A-Z])[A-Z0-9]{2}[A-Z]?$/;
/** 1–4 digits with an optional operational suffix, as the carrier sent it (no zero padding). */
export const FLIGHT_NUMBER = /^\d{1,4}[A-Z]?$/;
export const FLIGHT_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** `LH400` or `LH400/2026-11-28`, as a technician types a flight. */
export const FLIGHT_FILTER =
  /^(?=[0-9]?[A-Z])([A-Z0-9]{2}[A-Z]?)(\d{1,4}[A-Z]?)(?:\/(\d{4}-\d{2}-\d{2}))?$/;

export interface ParsedFlight {
  carrierCode: string;
  flightNumber: string;
  departureDate?: string;
}

/** Splits `LH400/2026-11-28`; undefined when it is not a flight (validation refuses those). */
export function parseFlightFilter(text: string): ParsedFlight | undefined {
  const m = FLIGHT_FILTER.exec(text);
  if (m === null) return undefined;
  const flight: ParsedFlight = { carrierCode: m[1], flightNumber: m[2] };
  return m[3] === undefined ? flight : { ...flight, departureDate: m[3] };
}

/** Upper-cases text input and leaves anything else for the validators to refuse. */
export function upperCased({ value }: { value: unknown }): unknown {
  return typeof value === 'string' ? value.toUpperCase() : value;
}
