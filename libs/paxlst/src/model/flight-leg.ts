import { LegLocationRole } from '../code-lists/paxlst-code-lists';

/** One LOC of the itinerary with the DTMs that follow it, times local as sent (ISO, no offset). */
export interface LegLocation {
  /** LOC 3227 as received. */
  qualifier: string;
  /** What the qualifier means; absent for a qualifier outside the list. */
  role?: LegLocationRole;
  airport: string;
  /** DTM 189, `YYYY-MM-DDTHH:MM` local. */
  departure?: string;
  /** DTM 232, `YYYY-MM-DDTHH:MM` local. */
  arrival?: string;
}

/** Where a leg starts or ends. */
export interface LegEnd {
  airport: string;
  /** `YYYY-MM-DDTHH:MM` local time at that airport (`YYYY-MM-DD` when only a date was sent). */
  localDateTime?: string;
}

/** One TDT group: a flight and the airports it serves. */
export interface FlightLeg {
  /** TDT 8051: 20 arriving/departing, 34 overflight. */
  transportStage: string;
  /** Carrier code + flight number, e.g. LH400. */
  journeyId: string;
  carrierCode: string;
  flightNumber: string;
  departure?: LegEnd;
  arrival?: LegEnd;
  locations: LegLocation[];
}
