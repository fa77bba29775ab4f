// class-transformer's @Type reads design-time metadata through the Reflect API.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { Describe } from '../schema/describe.decorator';
import { IsList } from '../validation/config.decorators';
import { SftpRemoteConfig } from './sftp-remote.config';

@Describe(
  'Remote SFTP servers the worker polls for interchanges; each file is taken once however many workers run. Replaced as a whole.',
)
export class PollingConfig {
  @Describe('SFTP servers, each listed on its own schedule. Names are unique.')
  @IsList()
  @ValidateNested({ each: true })
  @Type(() => SftpRemoteConfig)
  readonly sftp!: readonly SftpRemoteConfig[];
}
