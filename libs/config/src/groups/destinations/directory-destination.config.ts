import { IsNonEmptyString, IsOneOf } from '../../validation/config.decorators';
import { DestinationBaseConfig } from './destination-base.config';

/** Writes each message as a file into a local directory (development, or a shared mount). */
export class DirectoryDestinationConfig extends DestinationBaseConfig {
  @IsOneOf(['directory']) readonly kind!: 'directory';
  /** Relative to data.dir; absolute once loaded. */
  @IsNonEmptyString() readonly path!: string;
}
