import { RawBuilder, sql } from 'kysely';

/** SQL text for "one of these values", for CHECK constraints both dialects accept. */
export function oneOf(column: string, values: readonly (string | number)[]): RawBuilder<unknown> {
  return sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}
