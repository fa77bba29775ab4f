import {
  Bag,
  Contact,
  FreeText,
  FrequentFlyer,
  HistoryEntry,
  Payment,
  Seat,
  SpecialService,
  Ticket,
  TravelDocument,
} from './pnr-detail.model';
import { LocalDateTime, Originator } from './pnrgov-push.model';

/** RCI: a record locator in one reservation system. */
export interface RecordLocator {
  airline?: string;
  locator?: string;
  /** RCI 9958 reservation control type. */
  type?: string;
  createdAt?: LocalDateTime;
}

/** DAT in Gr.1: a dated event, qualifier 700 (last PNR transaction) or 710 (ticket issue). */
export interface DatedEvent {
  qualifier: string;
  at?: LocalDateTime;
}

/** TIF in Gr.2. */
export interface Passenger {
  surname: string;
  /** As received, title included (`JOHNMR`). */
  givenNames?: string;
  /** Given names without a recognised title; best effort where the title is run on. */
  firstNames?: string;
  title?: string;
  /** TIF traveller type: A adult, C child, IN infant, G group name. */
  type?: string;
  travellerReference?: string;
  /** REF: the airline's unique passenger reference. */
  uniqueReference?: string;
  isInfant: boolean;
  /** TIF 9944 accompanying-infant indicator. */
  withInfant: boolean;
}

/** A Gr.5 TVL: one flight of the PNR's itinerary. */
export interface Leg {
  /** Marketing carrier and flight. */
  carrier?: string;
  number?: string;
  bookingClass?: string;
  /** Operating carrier and flight, from the codeshare TVL or TRA. */
  operatingCarrier?: string;
  operatingNumber?: string;
  departureAirport?: string;
  arrivalAirport?: string;
  departure?: LocalDateTime;
  arrival?: LocalDateTime;
  /** RPI: party size and booking status (HK confirmed, …). */
  partySize?: number;
  status?: string;
  /** APD aircraft type. */
  aircraft?: string;
  /** RCI in Gr.5: the locator in the operating carrier's system. */
  locator?: RecordLocator;
}

/** Gr.8: passengers split off into other PNRs. */
export interface Split {
  passengers?: number;
  locators: RecordLocator[];
}

/** One PNR: an SRC and its groups. Detail lists name their passenger by index in `passengers`. */
export interface Pnr {
  /** Position of its SRC in the message, UNH = 1. */
  position: number;
  /** Gr.1 RCI: one locator per reservation system. */
  locators: RecordLocator[];
  /** SRC, RCI and an empty ORG. */
  cancelled: boolean;
  dates: DatedEvent[];
  /** Gr.1 ORG: who created or last changed the PNR. */
  originator?: Originator;
  passengers: Passenger[];
  itinerary: Leg[];
  documents: TravelDocument[];
  contacts: Contact[];
  payments: Payment[];
  tickets: Ticket[];
  bags: Bag[];
  seats: Seat[];
  frequentFlyers: FrequentFlyer[];
  services: SpecialService[];
  freeText: FreeText[];
  history: HistoryEntry[];
  split?: Split;
}
