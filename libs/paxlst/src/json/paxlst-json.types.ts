import {
  DocumentType,
  LegLocationRole,
  Sex,
  TravellerRole,
  TravellerRoleCode,
} from '../code-lists/paxlst-code-lists';

// The published shape for consumers, version 1. Kept apart from the internal model so the model
// can change without changing what consumers receive; PAXLST_JSON_SCHEMA_V1 describes it.

export const PAXLST_JSON_SCHEMA_ID = 'paxgate.paxlst/1' as const;

export interface ContactJson {
  number: string;
  channel: string;
}

export interface LegEndJson {
  airport: string;
  localDateTime?: string;
}

export interface LegLocationJson {
  qualifier: string;
  role?: LegLocationRole;
  airport: string;
  departure?: string;
  arrival?: string;
}

export interface FlightLegJson {
  transportStage: string;
  journeyId: string;
  carrierCode: string;
  flightNumber: string;
  departure?: LegEndJson;
  arrival?: LegEndJson;
  locations: LegLocationJson[];
}

export interface TravelDocumentJson {
  type?: DocumentType;
  number: string;
  expiryDate?: string;
  issueDate?: string;
  issuingCountry?: string;
}

export interface BaggageJson {
  count?: number;
  weight?: { value: number; unit: string };
  tags: { number: string; consecutive: number }[];
}

export interface TravellerJson {
  role: TravellerRole;
  roleCode: TravellerRoleCode;
  surname: string;
  givenNames: string[];
  sex?: Sex;
  birthDate?: string;
  nationality?: string;
  residenceCountry?: string;
  embarkation?: string;
  debarkation?: string;
  firstArrival?: string;
  birthPlace?: string;
  seat?: string;
  references: { qualifier: string; value: string }[];
  baggage?: BaggageJson;
  contacts: ContactJson[];
  verification?: string;
  crewFunction?: string;
  documents: TravelDocumentJson[];
}

export interface PaxlstJsonV1 {
  schema: typeof PAXLST_JSON_SCHEMA_ID;
  message: {
    reference: string;
    version: string;
    accessReference?: string;
    part?: { number: number; last: boolean };
    documentName: { code: string; meaning?: string };
    functionCode?: string;
    transactionReference?: string;
  };
  reportingParty?: { name: string; contactName?: string; contacts: ContactJson[] };
  legs: FlightLegJson[];
  travellers: TravellerJson[];
  totals: { passengers?: number; crew?: number };
}
