import { Finding, MessagePart } from '@app/edifact';
import { PaxlstManifest } from '@app/paxlst';
import { PnrgovPush } from '@app/pnrgov';

export type Outcome = 'accepted' | 'rejected';

/** What was read from one message, by message type. */
export type MessageContent =
  | { type: 'PAXLST'; manifest: PaxlstManifest }
  | { type: 'PNRGOV'; push: PnrgovPush }
  | { type: 'unsupported' };

/** The flight a message names, as far as it says; null where it does not. */
export interface ReportedFlight {
  carrierCode: string | null;
  flightNumber: string | null;
  /** Local departure date, `YYYY-MM-DD`. */
  departureDate: string | null;
}

export interface MessageReport {
  type: string;
  reference: string;
  /** S009 version and release, e.g. D:02B or 11:1. */
  version: string;
  accessReference: string;
  part?: MessagePart;
  groupReference?: string;
  outcome: Outcome;
  findings: Finding[];
  /** Persons in a PAXLST (NAD FL/FM/DDT/DDU). */
  travellers: number;
  /** PNRs in a PNRGOV (one per SRC). */
  pnrs: number;
  /** Absent for a message type paxgate does not read. */
  flight?: ReportedFlight;
  /** The flight's airports (IATA codes), each once. */
  airports: string[];
}

export interface InterchangeSummary {
  sender: string;
  recipient: string;
  controlReference: string;
  syntax: string;
  date: string;
  time: string;
  applicationReference: string;
  test: boolean;
  ackRequested: boolean;
  typeB: boolean;
}

export interface ValidationReport {
  outcome: Outcome;
  interchange: InterchangeSummary;
  messages: MessageReport[];
  /** Every finding, envelope and message, in the order of the segments. */
  findings: Finding[];
  /** The CONTRL interchange answering this one. */
  contrl: string;
}
