import { JournalInterchange, InterchangeOutcome } from './interchange';

/** An interchange without its bytes: what a list shows, cheap to read many of. */
export type InterchangeSummary = Omit<JournalInterchange, 'raw'>;

/** The flight an interchange carries a message about; no date means any date. */
export interface InterchangeFlightFilter {
  carrierCode: string;
  flightNumber: string;
  departureDate?: string;
}

/** What a technician narrows the interchange list by; every field is optional and they combine. */
export interface InterchangeFilter {
  carrierId?: string;
  outcome?: InterchangeOutcome;
  /** Received at or after this time. */
  receivedFrom?: Date;
  /** Received strictly before this time, so consecutive ranges never overlap. */
  receivedBefore?: Date;
  flight?: InterchangeFlightFilter;
  /** At most this many, newest first; 100 when not given. */
  limit?: number;
}
