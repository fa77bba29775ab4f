import { InterchangeOutcome } from './interchange';
import { InterchangeSummary } from './interchange-query';

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

/**
 * A message with the interchange it came in, read in one query: routing and delivery each need
 * both, and each statement saved is one fewer wait for a write lock the gateway may hold.
 */
export interface MessageInInterchange {
  message: MessageSummary;
  interchange: InterchangeSummary;
  /** The interchange's bytes as received, when they were asked for. */
  raw?: Buffer;
}
