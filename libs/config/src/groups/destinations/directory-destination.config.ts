import { Describe } from '../../schema/describe.decorator';
import { IsNonEmptyString, IsOneOf } from '../../validation/config.decorators';
import { DestinationBaseConfig } from './destination-base.config';

/** For development, a folder a downstream system polls, or an SFTP drop mounted locally. */
@Describe('Writes each message as a file into a directory.')
export class DirectoryDestinationConfig extends DestinationBaseConfig {
  @Describe('A directory destination.') @IsOneOf(['directory']) readonly kind!: 'directory';
  /** Absolute once loaded. */
  @Describe('Directory, relative to data.dir.') @IsNonEmptyString() readonly path!: string;
}
