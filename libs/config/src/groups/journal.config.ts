import { IsOptional } from 'class-validator';
import { Describe } from '../schema/describe.decorator';
import {
  IsBooleanValue,
  IsNonEmptyString,
  IsOneOf,
  IsUrlWithProtocol,
} from '../validation/config.decorators';

export const JOURNAL_KINDS = ['sqlite', 'postgres'] as const;
export type JournalKind = (typeof JOURNAL_KINDS)[number];

@Describe('Where the journal lives.')
export class JournalConfig {
  @Describe('Embedded SQLite file, or a PostgreSQL server.')
  @IsOneOf(JOURNAL_KINDS)
  readonly kind!: JournalKind;
  /** Absolute once loaded (':memory:' is kept as is). */
  @Describe(
    "SQLite file when kind is 'sqlite', relative to data.dir; ':memory:' for a throw-away journal.",
  )
  @IsNonEmptyString()
  readonly sqliteFile!: string;
  @Describe("Connection URL when kind is 'postgres' (required then).")
  @IsOptional()
  @IsUrlWithProtocol(['postgres', 'postgresql'])
  readonly postgresUrl?: string;
  @Describe(
    'Whether each role (gateway, worker, console) brings the journal to the latest migration when it starts. false: a role does not migrate, and refuses to start while a migration is pending; `paxgate migrate` migrates instead (e.g. once, before several gateways sharing one PostgreSQL are started on a new version).',
  )
  @IsBooleanValue()
  readonly migrate!: boolean;
}
