import {
  DocumentType,
  Sex,
  TravellerRole,
  TravellerRoleCode,
} from '../code-lists/paxlst-code-lists';

/** COM: a number or address and its channel (TE, FX, EM). */
export interface Contact {
  number: string;
  channel: string;
}

/** RFF on a traveller: AVF booking locator, ABO passenger reference, AEA, CR, YZY ticket. */
export interface TravellerReference {
  qualifier: string;
  value: string;
}

/** FTX+BAG: a bag tag number and how many consecutive tags start there. */
export interface BagTag {
  number: string;
  consecutive: number;
}

/** Checked baggage from MEA CT/WT and FTX BAG. */
export interface Baggage {
  count?: number;
  weight?: { value: number; unit: string };
  tags: BagTag[];
}

/** DOC group: a travel document with its dates and issuer. */
export interface TravelDocument {
  /** Absent when DOC 1001 is missing or outside the list (the finding keeps the value). */
  type?: DocumentType;
  number: string;
  /** DTM 36, `YYYY-MM-DD`. */
  expiryDate?: string;
  /** DTM 182, `YYYY-MM-DD`. */
  issueDate?: string;
  /** LOC 91. */
  issuingCountry?: string;
}

/** One NAD+FL/FM/DDT/DDU group. */
export interface Traveller {
  /** Position of the NAD in the message (UNH = 1): ties findings to the person. */
  position: number;
  roleCode: TravellerRoleCode;
  role: TravellerRole;
  surname: string;
  givenNames: string[];
  sex?: Sex;
  /** DTM 329, `YYYY-MM-DD`, century inferred so it is not in the future. */
  birthDate?: string;
  nationality?: string;
  residenceCountry?: string;
  /** LOC 178, 179, 22 airports; LOC 180 place of birth (code or name). */
  embarkation?: string;
  debarkation?: string;
  firstArrival?: string;
  birthPlace?: string;
  seat?: string;
  references: TravellerReference[];
  baggage?: Baggage;
  contacts: Contact[];
  /** GEI 7365 as received (173 verified, 174 not verified). */
  verification?: string;
  /** EMP C948 occupation code as received (crew function). */
  crewFunction?: string;
  documents: TravelDocument[];
}
