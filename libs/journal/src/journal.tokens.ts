/** Injection token for the journal's `Kysely<Database>`, for code that needs its own queries. */
export const JOURNAL_DATABASE = Symbol('JOURNAL_DATABASE');
