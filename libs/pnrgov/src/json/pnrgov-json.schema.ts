import { JsonSchemaNode, JsonType } from './json-schema.types';
import { PNRGOV_JSON_SCHEMA_ID } from './pnrgov-json.types';

// Small builders keep the schema readable; the exported value is a plain JSON Schema object.
const of = (type: JsonType, extra: JsonSchemaNode = {}): JsonSchemaNode => ({ type, ...extra });
const orNull = (type: JsonType, extra: JsonSchemaNode = {}): JsonSchemaNode => ({
  type: [type, 'null'],
  ...extra,
});
const text = of('string');
const optionalText = orNull('string');
const index = orNull('integer', {
  minimum: 0,
  description: 'Index in the PNR list it names (passengers, itinerary).',
});
const ref = (name: string): JsonSchemaNode => ({ $ref: `#/$defs/${name}` });
const refOrNull = (name: string): JsonSchemaNode => ({ anyOf: [ref(name), { type: 'null' }] });
const list = (items: JsonSchemaNode): JsonSchemaNode => ({ type: 'array', items });
const choice = (values: readonly string[]): JsonSchemaNode => ({ type: 'string', enum: values });
const object = (
  properties: Record<string, JsonSchemaNode>,
  description?: string,
): JsonSchemaNode => ({
  type: 'object',
  ...(description === undefined ? {} : { description }),
  additionalProperties: false,
  required: Object.keys(properties),
  properties,
});
const LOCAL = '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2})?$';
const localDateTime = orNull('string', {
  pattern: LOCAL,
  description: 'Local date and time, ISO 8601 without offset, or a date alone.',
});
const isoDate = orNull('string', { pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const flightProperties = {
  carrier: optionalText,
  number: optionalText,
  departureAirport: optionalText,
  arrivalAirport: optionalText,
  departure: localDateTime,
  arrival: localDateTime,
};

/** JSON Schema (draft 2020-12) of `paxgate.pnrgov/1`, the JSON `toPnrgovJson` writes. */
export const PNRGOV_JSON_SCHEMA_V1: JsonSchemaNode = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:paxgate:schema:pnrgov:1',
  title: 'paxgate PNRGOV push',
  description:
    'One PNRGOV message as read by paxgate: the push, its flight and one PNR per SRC. Absent values are null.',
  ...object({
    schema: { const: PNRGOV_JSON_SCHEMA_ID },
    message: object({
      reference: text,
      version: text,
      accessReference: text,
      part: {
        anyOf: [
          object({ number: of('integer', { minimum: 1 }), last: of('boolean') }),
          { type: 'null' },
        ],
      },
      functionCode: optionalText,
      function: choice(['full', 'update', 'unknown']),
    }),
    sender: refOrNull('originator'),
    flight: { anyOf: [object(flightProperties), { type: 'null' }] },
    expectedPnrs: orNull('integer', { minimum: 0 }),
    pnrs: list(ref('pnr')),
  }),
  $defs: {
    originator: object({
      airline: optionalText,
      location: optionalText,
      agentId: optionalText,
      agentLocation: optionalText,
      system: optionalText,
      originatorType: optionalText,
      country: optionalText,
      currency: optionalText,
      empty: of('boolean'),
    }),
    locator: object({
      airline: optionalText,
      locator: optionalText,
      type: optionalText,
      createdAt: localDateTime,
    }),
    pnr: object({
      position: of('integer', { minimum: 1 }),
      locators: list(ref('locator')),
      cancelled: of('boolean'),
      dates: list(object({ qualifier: text, at: localDateTime })),
      originator: refOrNull('originator'),
      passengers: list(ref('passenger')),
      itinerary: list(ref('leg')),
      documents: list(ref('document')),
      contacts: list(ref('contact')),
      payments: list(ref('payment')),
      tickets: list(ref('ticket')),
      bags: list(ref('bag')),
      seats: list(ref('seat')),
      frequentFlyers: list(ref('frequentFlyer')),
      services: list(ref('service')),
      freeText: list(ref('freeText')),
      history: list(ref('history')),
      split: {
        anyOf: [
          object({ passengers: orNull('integer', { minimum: 0 }), locators: list(ref('locator')) }),
          { type: 'null' },
        ],
      },
    }),
    passenger: object({
      surname: text,
      givenNames: optionalText,
      firstNames: optionalText,
      title: optionalText,
      type: optionalText,
      travellerReference: optionalText,
      uniqueReference: optionalText,
      isInfant: of('boolean'),
      withInfant: of('boolean'),
    }),
    leg: object({
      ...flightProperties,
      bookingClass: optionalText,
      operatingCarrier: optionalText,
      operatingNumber: optionalText,
      partySize: orNull('integer', { minimum: 0 }),
      status: optionalText,
      aircraft: optionalText,
      locator: refOrNull('locator'),
    }),
    document: object({
      passenger: index,
      source: choice(['DOCS', 'DOCO']),
      type: optionalText,
      issuer: optionalText,
      number: optionalText,
      nationality: optionalText,
      birthDate: isoDate,
      sex: optionalText,
      expiryDate: isoDate,
      issueDate: isoDate,
      surname: optionalText,
      givenNames: optionalText,
      middleNames: optionalText,
      placeOfBirth: optionalText,
      placeOfIssue: optionalText,
      text,
    }),
    contact: object({
      passenger: index,
      kind: choice(['address', 'phone', 'email']),
      source: choice(['ADD', 'IFT', 'SSR']),
      purpose: optionalText,
      value: text,
      address: {
        anyOf: [
          object({
            street: optionalText,
            city: optionalText,
            state: optionalText,
            country: optionalText,
            postalCode: optionalText,
          }),
          { type: 'null' },
        ],
      },
    }),
    payment: object({
      passenger: index,
      type: text,
      amount: optionalText,
      vendor: optionalText,
      accountNumber: optionalText,
      expiry: optionalText,
      holderName: optionalText,
      holderAddress: optionalText,
      holderPhone: optionalText,
    }),
    ticket: object({
      passenger: index,
      number: optionalText,
      documentType: optionalText,
      amounts: list(object({ qualifier: text, amount: optionalText, currency: optionalText })),
      issuedAt: localDateTime,
    }),
    bag: object({
      passenger: index,
      source: choice(['EBD', 'TBD', 'SSR']),
      leg: index,
      count: orNull('integer', { minimum: 0 }),
      weight: orNull('number', { minimum: 0 }),
      weightUnit: optionalText,
      pool: optionalText,
      tags: list(
        object({
          carrier: optionalText,
          number: text,
          consecutive: orNull('integer', { minimum: 0 }),
          destination: optionalText,
        }),
      ),
      charge: {
        anyOf: [object({ amount: optionalText, currency: optionalText }), { type: 'null' }],
      },
      text: optionalText,
    }),
    seat: object({
      passenger: index,
      source: choice(['SSD', 'SSR']),
      number: text,
      leg: index,
      travellerReference: optionalText,
      departureAirport: optionalText,
      arrivalAirport: optionalText,
    }),
    frequentFlyer: object({
      passenger: index,
      airline: optionalText,
      number: optionalText,
      tier: optionalText,
    }),
    service: object({
      passenger: index,
      code: text,
      status: optionalText,
      quantity: optionalText,
      airline: optionalText,
      boardPoint: optionalText,
      offPoint: optionalText,
      text: optionalText,
      travellerReference: optionalText,
      leg: index,
    }),
    freeText: object({
      passenger: index,
      source: choice(['IFT', 'LTS']),
      qualifier: optionalText,
      type: optionalText,
      airline: optionalText,
      text,
      leg: index,
    }),
    history: object({
      agent: optionalText,
      location: optionalText,
      airline: optionalText,
      at: localDateTime,
      changes: list(object({ action: optionalText, items: list(object({ tag: text, text })) })),
    }),
  },
};
