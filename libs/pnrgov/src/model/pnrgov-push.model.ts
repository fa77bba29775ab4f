import { Pnr } from './pnr.model';

/**
 * A local date and time as ISO 8601 without offset: `2013-05-27T15:50`, or `2013-05-27` when
 * the time is not given. PNRGOV times are local to the airport concerned.
 */
export type LocalDateTime = string;

/** MSG 1225: 22 full push (every PNR), 141 update push (only changed PNRs). */
export type PushFunction = 'full' | 'update' | 'unknown';

/** UNH and MSG: which message this is. */
export interface MessageIdentification {
  /** UNH 0062. */
  reference: string;
  /** S009 version and release joined with a dot: `11.1`, `13.1`. */
  version: string;
  /** UNH 0068 common access reference, '' when absent. */
  accessReference: string;
  /** UNH S010, for a push sent in parts. */
  part?: { number: number; last: boolean };
  /** MSG 1225 as received. */
  functionCode?: string;
  function: PushFunction;
}

/** ORG: who sent the push (level 0) or who created or changed a PNR (Gr.1). */
export interface Originator {
  airline?: string;
  location?: string;
  /** IATA/ARC agency number or airline agent id. */
  agentId?: string;
  agentLocation?: string;
  /** ORG 3 company, e.g. the reservation system (`1A`, `1S`). */
  system?: string;
  /** Originator type, e.g. A airline agent, T travel agency. */
  originatorType?: string;
  country?: string;
  currency?: string;
  /** True for an ORG with no data: the guide's mark of a cancelled PNR. */
  empty: boolean;
}

/** Level-0 TVL: the flight the push is for. */
export interface Flight {
  carrier?: string;
  number?: string;
  departureAirport?: string;
  arrivalAirport?: string;
  departure?: LocalDateTime;
  arrival?: LocalDateTime;
}

export interface PnrgovPush {
  message: MessageIdentification;
  /** Level-0 ORG. */
  sender?: Originator;
  flight?: Flight;
  /** Level-0 EQN: PNRs in the whole push, across all its parts. */
  expectedPnrs?: number;
  /** One per SRC, in message order. */
  pnrs: Pnr[];
}
