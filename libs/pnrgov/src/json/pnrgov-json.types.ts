import { PnrgovPush } from '../model/pnrgov-push.model';

export const PNRGOV_JSON_SCHEMA_ID = 'paxgate.pnrgov/1';

/**
 * The JSON form of a model type: every property present, an absent value written as null, so
 * consumers see one fixed shape (the one PNRGOV_JSON_SCHEMA_V1 publishes).
 */
export type Normalised<T> = T extends string | number | boolean
  ? T
  : T extends readonly (infer U)[]
    ? Normalised<U>[]
    : {
        [K in keyof T]-?: undefined extends T[K]
          ? Normalised<Exclude<T[K], undefined>> | null
          : Normalised<T[K]>;
      };

/** `paxgate.pnrgov/1`: a PNRGOV push for consumers. */
export type PnrgovJsonV1 = { schema: typeof PNRGOV_JSON_SCHEMA_ID } & Normalised<PnrgovPush>;
