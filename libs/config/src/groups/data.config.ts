import { Describe } from '../schema/describe.decorator';
import { IsNonEmptyString } from '../validation/config.decorators';

/** Relative paths elsewhere in the configuration resolve against data.dir. */
@Describe('Where paxgate keeps its state.')
export class DataConfig {
  /** Absolute once loaded (resolved against the working directory). */
  @Describe(
    'Data directory, relative to the working directory. Relative paths of journal.sqliteFile and directory destinations resolve against it; the generated admin token and the development PKI (pki/) live here.',
  )
  @IsNonEmptyString()
  readonly dir!: string;
}
