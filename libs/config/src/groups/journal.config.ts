import { IsOptional } from 'class-validator';
import { IsNonEmptyString, IsOneOf, IsUrlWithProtocol } from '../validation/config.decorators';

export const JOURNAL_KINDS = ['sqlite', 'postgres'] as const;
export type JournalKind = (typeof JOURNAL_KINDS)[number];

/** Where the journal lives: an embedded SQLite file (default) or a PostgreSQL server. */
export class JournalConfig {
  @IsOneOf(JOURNAL_KINDS) readonly kind!: JournalKind;
  /** Relative to data.dir; absolute once loaded (':memory:' is kept as is). */
  @IsNonEmptyString() readonly sqliteFile!: string;
  /** Required when kind is 'postgres'. */
  @IsOptional() @IsUrlWithProtocol(['postgres', 'postgresql']) readonly postgresUrl?: string;
}
