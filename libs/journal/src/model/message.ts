import { InterchangeOutcome } from './interchange';

/**
 * Where a message is in its life (DESIGN "Message lifecycle"). It starts at its ingest outcome;
 * the worker moves it on.
 */
export type MessageStatus =
  InterchangeOutcome | 'assembling' | 'incomplete' | 'routed' | 'delivered' | 'failed' | 'dead';

/** The flight a message is about, as far as the message says; the key technicians search by. */
export interface FlightKey {
  carrierCode: string | null;
  flightNumber: string | null;
  /** Local departure date, `YYYY-MM-DD`. */
  departureDate: string | null;
}

/** One UNH…UNT message of an interchange. */
export interface JournalMessage {
  id: string;
  interchangeId: string;
  /** 1-based order of the message within its interchange. */
  position: number;
  type: string;
  /** UNH 0062, the message reference number. */
  reference: string;
  /** UNH 0068, common access reference, which ties the parts of a multi-part message. */
  accessReference: string | null;
  partNumber: number | null;
  /** True on the final part (`C` vs `F` in UNH S010). */
  partLast: boolean | null;
  outcome: InterchangeOutcome;
  status: MessageStatus;
  flight: FlightKey;
  travellers: number;
  pnrs: number;
  /** Airports of the flight as the message names them, for routing by airport or country. */
  airports: string[];
  /**
   * The normalised JSON for consumers, kept as text: it is delivered verbatim, and parsing and
   * re-serialising would change the bytes a consumer may already have hashed.
   */
  normalisedJson: string | null;
}

/** A message without its document, for the work that only needs to know about it (routing). */
export type MessageSummary = Omit<JournalMessage, 'normalisedJson'>;
