// class-transformer's @Type reads design-time metadata through the Reflect API.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { IsList } from '../validation/config.decorators';
import { SftpRemoteConfig } from './sftp-remote.config';

/** Remote servers the worker polls for files. Replaced as a whole by each source. */
export class PollingConfig {
  @IsList()
  @ValidateNested({ each: true })
  @Type(() => SftpRemoteConfig)
  readonly sftp!: readonly SftpRemoteConfig[];
}
