import {
  DOCUMENT_TYPES,
  LEG_LOCATION_ROLES,
  SEXES,
  TRAVELLER_ROLES,
} from '../code-lists/paxlst-code-lists';
import { PAXLST_JSON_SCHEMA_ID } from './paxlst-json.types';

// A TS const rather than a .json file so bundlers always include it. Every object is closed
// (additionalProperties: false): the schema says exactly what `toPaxlstJson` produces.

const text = { type: 'string' } as const;
const isoDate = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
/** Local time as sent (EDIFACT carries no offset), so not RFC 3339 `date-time`. */
const localDateTime = {
  type: 'string',
  pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2})?$',
} as const;
const count = { type: 'integer', minimum: 0 } as const;
const ref = (name: string) => ({ $ref: `#/$defs/${name}` }) as const;
const list = (items: object) => ({ type: 'array', items }) as const;

export const PAXLST_JSON_SCHEMA_V1 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:paxgate:schema:paxlst:1',
  title: 'paxgate PAXLST manifest, version 1',
  description:
    'One UN/EDIFACT PAXLST message (API) normalised: the message, the flight legs, the travellers and the flight totals.',
  type: 'object',
  additionalProperties: false,
  required: ['schema', 'message', 'legs', 'travellers', 'totals'],
  properties: {
    schema: { const: PAXLST_JSON_SCHEMA_ID },
    message: {
      type: 'object',
      additionalProperties: false,
      required: ['reference', 'version', 'documentName'],
      properties: {
        reference: { ...text, description: 'UNH 0062 message reference.' },
        version: { ...text, description: 'Directory version and release, e.g. D02B, D05B.' },
        accessReference: {
          ...text,
          description: 'UNH 0068, shared by the parts of a multi-part manifest.',
        },
        part: {
          type: 'object',
          additionalProperties: false,
          required: ['number', 'last'],
          properties: { number: { type: 'integer', minimum: 1 }, last: { type: 'boolean' } },
        },
        documentName: {
          type: 'object',
          additionalProperties: false,
          required: ['code'],
          properties: {
            code: { ...text, description: 'BGM 1001, e.g. 745 passenger list, 250 crew list.' },
            meaning: text,
          },
        },
        functionCode: { ...text, description: 'BGM 1004, e.g. CP, CL.' },
        transactionReference: { ...text, description: 'Header RFF+TN.' },
      },
    },
    reportingParty: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'contacts'],
      properties: { name: text, contactName: text, contacts: list(ref('contact')) },
    },
    legs: list(ref('leg')),
    travellers: list(ref('traveller')),
    totals: {
      type: 'object',
      additionalProperties: false,
      description: 'CNT totals for the whole flight, not for this message.',
      properties: {
        passengers: { ...count, description: 'CNT 42.' },
        crew: { ...count, description: 'CNT 41.' },
      },
    },
  },
  $defs: {
    contact: {
      type: 'object',
      additionalProperties: false,
      required: ['number', 'channel'],
      properties: { number: text, channel: { ...text, description: 'COM 3155: TE, FX, EM.' } },
    },
    legEnd: {
      type: 'object',
      additionalProperties: false,
      required: ['airport'],
      properties: { airport: text, localDateTime },
    },
    legLocation: {
      type: 'object',
      additionalProperties: false,
      required: ['qualifier', 'airport'],
      properties: {
        qualifier: { ...text, description: 'LOC 3227: 125, 87, 92, 130.' },
        role: { enum: Object.values(LEG_LOCATION_ROLES) },
        airport: text,
        departure: localDateTime,
        arrival: localDateTime,
      },
    },
    leg: {
      type: 'object',
      additionalProperties: false,
      required: ['transportStage', 'journeyId', 'carrierCode', 'flightNumber', 'locations'],
      properties: {
        transportStage: { ...text, description: 'TDT 8051: 20 arriving/departing, 34 overflight.' },
        journeyId: { ...text, description: 'Carrier code + flight number.' },
        carrierCode: text,
        flightNumber: text,
        departure: ref('legEnd'),
        arrival: ref('legEnd'),
        locations: list(ref('legLocation')),
      },
    },
    document: {
      type: 'object',
      additionalProperties: false,
      required: ['number'],
      properties: {
        type: { enum: DOCUMENT_TYPES },
        number: text,
        expiryDate: isoDate,
        issueDate: isoDate,
        issuingCountry: text,
      },
    },
    baggage: {
      type: 'object',
      additionalProperties: false,
      required: ['tags'],
      properties: {
        count,
        weight: {
          type: 'object',
          additionalProperties: false,
          required: ['value', 'unit'],
          properties: { value: { type: 'number', minimum: 0 }, unit: text },
        },
        tags: list({
          type: 'object',
          additionalProperties: false,
          required: ['number', 'consecutive'],
          properties: { number: text, consecutive: { type: 'integer', minimum: 1 } },
        }),
      },
    },
    traveller: {
      type: 'object',
      additionalProperties: false,
      required: [
        'role',
        'roleCode',
        'surname',
        'givenNames',
        'references',
        'contacts',
        'documents',
      ],
      properties: {
        role: { enum: Object.values(TRAVELLER_ROLES) },
        roleCode: { enum: Object.keys(TRAVELLER_ROLES) },
        surname: text,
        givenNames: list(text),
        sex: { enum: SEXES },
        birthDate: isoDate,
        nationality: text,
        residenceCountry: text,
        // Codes as sent: a malformed one is reported as a finding, not dropped.
        embarkation: text,
        debarkation: text,
        firstArrival: text,
        birthPlace: text,
        seat: text,
        references: list({
          type: 'object',
          additionalProperties: false,
          required: ['qualifier', 'value'],
          properties: { qualifier: text, value: text },
        }),
        baggage: ref('baggage'),
        contacts: list(ref('contact')),
        verification: { ...text, description: 'GEI 7365: 173 verified, 174 not verified.' },
        crewFunction: { ...text, description: 'EMP occupation code.' },
        documents: list(ref('document')),
      },
    },
  },
} as const;
