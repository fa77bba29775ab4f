export { readPnrgov, PnrgovReading, PnrgovReadingContext } from './pnrgov.reader';
export * from './model/pnrgov-push.model';
export * from './model/pnr.model';
export * from './model/pnr-detail.model';
export { toPnrgovJson } from './json/pnrgov-json.mapper';
export { Normalised, PnrgovJsonV1, PNRGOV_JSON_SCHEMA_ID } from './json/pnrgov-json.types';
export { JsonSchemaNode, JsonType } from './json/json-schema.types';
export { PNRGOV_JSON_SCHEMA_V1 } from './json/pnrgov-json.schema';
