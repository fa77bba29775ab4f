// PAXLST code lists as EDIFACT-NOTES §2 gives them (WCO/IATA/ICAO guide, air subset).

/** BGM 1001 document name codes and what each list is. */
export const DOCUMENT_NAMES: Readonly<Record<string, string>> = {
  '745': 'passenger list',
  '250': 'crew list',
  '266': 'flight status',
  '336': 'master crew list',
  '655': 'gate pass',
};

/** In the guide's order (object keys that look like integers would iterate sorted). */
export const DOCUMENT_NAME_CODES: readonly string[] = ['745', '250', '266', '336', '655'];

/** BGM 1004 codes allowed with any document name. */
export const FUNCTION_CODES: readonly string[] = ['CP', 'XR', 'RP'];

/** BGM 1004 codes allowed only with 266 (iAPI flight status). */
export const FLIGHT_STATUS_FUNCTION_CODES: readonly string[] = ['CL', 'CLOB', 'CLNB', 'XF', 'CF'];

/**
 * US CBP crew-list identifiers (GTAS `BGM.java`): national practice, not in the WCO guide. Accepted
 * with an info finding so real US crew traffic (`BGM+250+C`) is not rejected.
 */
export const US_CREW_FUNCTION_CODES: Readonly<Record<string, readonly string[]>> = {
  '250': ['C', 'CC', 'B', 'BC', 'A', 'D', 'E', 'EC', 'F', 'FC'],
  '336': ['G', 'H', 'I'],
};

/** NAD 3035 party qualifiers that name a traveller, and the role each one is. */
export const TRAVELLER_ROLES = {
  FL: 'passenger',
  FM: 'crew',
  DDT: 'in-transit-crew',
  DDU: 'in-transit-passenger',
} as const;

export type TravellerRoleCode = keyof typeof TRAVELLER_ROLES;
export type TravellerRole = (typeof TRAVELLER_ROLES)[TravellerRoleCode];

export const REPORTING_PARTY = 'MS';
export const PARTY_QUALIFIERS: readonly string[] = [
  REPORTING_PARTY,
  ...Object.keys(TRAVELLER_ROLES),
];

export function isTravellerRoleCode(code: string): code is TravellerRoleCode {
  return Object.prototype.hasOwnProperty.call(TRAVELLER_ROLES, code);
}

/** TDT 8051: 20 arriving/departing, 34 overflight. */
export const TRANSPORT_STAGES: readonly string[] = ['20', '34'];

/** LOC 3227 qualifiers, by where the LOC stands. */
export const LEG_LOCATION_ROLES = {
  '125': 'last-departure',
  '87': 'first-arrival',
  '92': 'intermediate',
  '130': 'final-destination',
} as const;
export type LegLocationQualifier = keyof typeof LEG_LOCATION_ROLES;
export const LEG_LOCATION_QUALIFIERS: readonly string[] = ['125', '87', '92', '130'];
export type LegLocationRole = (typeof LEG_LOCATION_ROLES)[LegLocationQualifier];

export function legLocationRole(qualifier: string): LegLocationRole | undefined {
  return Object.prototype.hasOwnProperty.call(LEG_LOCATION_ROLES, qualifier)
    ? LEG_LOCATION_ROLES[qualifier as LegLocationQualifier]
    : undefined;
}

export const TRAVELLER_LOCATIONS: readonly string[] = ['22', '174', '178', '179', '180'];
export const DOCUMENT_LOCATIONS: readonly string[] = ['91'];

/** DTM 2005 qualifiers, by where the DTM stands. */
export const LEG_DATE_QUALIFIERS: readonly string[] = ['189', '232'];
export const TRAVELLER_DATE_QUALIFIERS: readonly string[] = ['329'];
export const DOCUMENT_DATE_QUALIFIERS: readonly string[] = ['36', '182'];

export const SEXES = ['M', 'F', 'U', 'X'] as const;
export type Sex = (typeof SEXES)[number];

export const DOCUMENT_TYPES = ['P', 'V', 'I', 'A', 'C', 'AC', 'IP', 'F'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/**
 * RFF 1153. AVF…YZY per traveller and TN in the header are in EDIFACT-NOTES §2; AF names the
 * flight in iAPI (§2). ACD and CN were asked for but no public PAXLST source shows them: accepted
 * so as not to reject traffic on an unconfirmed list.
 */
export const REFERENCE_QUALIFIERS: readonly string[] = [
  'AVF',
  'ABO',
  'SEA',
  'AEA',
  'CR',
  'YZY',
  'TN',
  'AF',
  'ACD',
  'CN',
];

/** CNT 6069: 42 passengers, 41 crew, both for the whole flight. */
export const COUNT_QUALIFIERS = { passengers: '42', crew: '41' } as const;

/**
 * MEA 6311 and weight units, GEI 7365: seen in GTAS and jetway, not in EDIFACT-NOTES, so a value
 * outside them is a warning, never a rejection.
 */
export const MEASURE_QUALIFIERS: readonly string[] = ['CT', 'WT'];
export const WEIGHT_UNITS: readonly string[] = ['KGM', 'LBR'];
export const VERIFICATION_CODES: readonly string[] = ['173', '174'];

export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}
