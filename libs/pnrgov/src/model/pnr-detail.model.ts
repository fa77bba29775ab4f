import { LocalDateTime } from './pnrgov-push.model';

/** Set on a detail that belongs to one passenger: the index in `Pnr.passengers`. */
interface PassengerLink {
  passenger?: number;
}

/** SSR DOCS (travel document, `/P/KR/JR3364288/KR/10SEP72/M/05JUL16/PARK/SEJOON`) or DOCO (visa). */
export interface TravelDocument extends PassengerLink {
  source: 'DOCS' | 'DOCO';
  /** P passport, I identity card, V visa, … */
  type?: string;
  issuer?: string;
  number?: string;
  nationality?: string;
  /** ISO date; the century is inferred so that it is not in the future. */
  birthDate?: string;
  sex?: string;
  expiryDate?: string;
  issueDate?: string;
  surname?: string;
  givenNames?: string;
  middleNames?: string;
  placeOfBirth?: string;
  placeOfIssue?: string;
  /** The free text as received. */
  text: string;
}

export interface PostalAddress {
  street?: string;
  city?: string;
  state?: string;
  country?: string;
  postalCode?: string;
}

/** An address, phone or email, from ADD, IFT (`CTCE …`), SSR CTCx/DOCA. */
export interface Contact extends PassengerLink {
  kind: 'address' | 'phone' | 'email';
  source: 'ADD' | 'IFT' | 'SSR';
  /** ADD 3299 purpose (700 home, 701 business, …) or the CTC letter (M mobile, H home, …). */
  purpose?: string;
  /** Email decoded (`//` → `@`, `..` → `_`), phone as written, address on one line. */
  value: string;
  address?: PostalAddress;
}

/** FOP in Gr.4, with the sponsor (payer) from its IFT 4:43. */
export interface Payment extends PassengerLink {
  /** CC card, CA cash, MS miscellaneous, CK cheque, … */
  type: string;
  amount?: string;
  vendor?: string;
  /** Masked card number as sent. */
  accountNumber?: string;
  expiry?: string;
  holderName?: string;
  holderAddress?: string;
  holderPhone?: string;
}

export interface MonetaryAmount {
  /** MON 5025: B base fare, T total, … */
  qualifier: string;
  amount?: string;
  currency?: string;
}

/** TKT in Gr.3 with MON and DAT. */
export interface Ticket extends PassengerLink {
  number?: string;
  documentType?: string;
  amounts: MonetaryAmount[];
  issuedAt?: LocalDateTime;
}

export interface BagTag {
  carrier?: string;
  number: string;
  /** Tags in sequence from `number`. */
  consecutive?: number;
  destination?: string;
}

/** EBD (excess bags), TBD (checked bags) or a baggage SSR. */
export interface Bag extends PassengerLink {
  source: 'EBD' | 'TBD' | 'SSR';
  /** Index in `Pnr.itinerary` when the bags were read with a flight. */
  leg?: number;
  count?: number;
  weight?: number;
  weightUnit?: string;
  /** HP head of pool, MP pool member. */
  pool?: string;
  tags: BagTag[];
  charge?: { amount?: string; currency?: string };
  text?: string;
}

/** A seat from SSD (check-in) or from a seat SSR (booking). */
export interface Seat extends PassengerLink {
  source: 'SSD' | 'SSR';
  number: string;
  leg?: number;
  travellerReference?: string;
  departureAirport?: string;
  arrivalAirport?: string;
}

export interface FrequentFlyer extends PassengerLink {
  airline?: string;
  number?: string;
  tier?: string;
}

/** Any other SSR: meals, infants, ticket numbers, assistance, … */
export interface SpecialService extends PassengerLink {
  code: string;
  status?: string;
  quantity?: string;
  airline?: string;
  boardPoint?: string;
  offPoint?: string;
  text?: string;
  travellerReference?: string;
  leg?: number;
}

/** IFT or LTS free text. */
export interface FreeText extends PassengerLink {
  source: 'IFT' | 'LTS';
  /** IFT 4451 and 4441, e.g. 4 and 28 (other service information). */
  qualifier?: string;
  type?: string;
  airline?: string;
  text: string;
  leg?: number;
}

/** Gr.11: one change (SAC) and what it changed. */
export interface HistoryChange {
  /** SAC status: A added, X cancelled, C changed, … */
  action?: string;
  items: { tag: string; text: string }[];
}

/** Gr.10: who changed the PNR, when, and the changes. */
export interface HistoryEntry {
  agent?: string;
  location?: string;
  airline?: string;
  at?: LocalDateTime;
  changes: HistoryChange[];
}
