export { readPaxlst } from './reading/paxlst.reader';
export * from './model/paxlst-reading';
export * from './model/paxlst-manifest';
export * from './model/flight-leg';
export * from './model/traveller';
export { DOCUMENT_NAMES } from './code-lists/paxlst-code-lists';
export type {
  DocumentType,
  LegLocationRole,
  Sex,
  TravellerRole,
  TravellerRoleCode,
} from './code-lists/paxlst-code-lists';
export { judgeCountryCode } from './code-lists/country-codes';
export type { CountryCodeVerdict } from './code-lists/country-codes';
export { toPaxlstJson } from './json/paxlst-json.mapper';
export { PAXLST_JSON_SCHEMA_V1 } from './json/paxlst-json.schema';
export * from './json/paxlst-json.types';
