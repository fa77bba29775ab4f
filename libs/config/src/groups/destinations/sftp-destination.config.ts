import { IsOptional } from 'class-validator';
import { Describe } from '../../schema/describe.decorator';
import { IsNonEmptyString, IsOneOf, IsPort } from '../../validation/config.decorators';
import { DestinationBaseConfig } from './destination-base.config';

/** A PIU consumer's SFTP server. */
@Describe(
  'Writes each message as a file on an SFTP server: a temporary name first, then a rename, so a reader never sees half a file.',
)
export class SftpDestinationConfig extends DestinationBaseConfig {
  @Describe('An SFTP destination.') @IsOneOf(['sftp']) readonly kind!: 'sftp';
  @Describe('Host name of the server.') @IsNonEmptyString() readonly host!: string;
  @Describe('TCP port of the server.') @IsPort() readonly port!: number;
  @Describe('User paxgate logs in as.') @IsNonEmptyString() readonly username!: string;
  /** Absolute once loaded. */
  @Describe('Private key paxgate logs in with (OpenSSH or PEM), relative to data.dir.')
  @IsNonEmptyString()
  readonly privateKeyFile!: string;
  @Describe(
    "Expected host key fingerprint, the base64 after 'SHA256:' in ssh-keygen -l; absent: not checked.",
  )
  @IsOptional()
  @IsNonEmptyString()
  readonly hostKeySha256?: string;
  @Describe('Remote directory the files go to.')
  @IsNonEmptyString()
  readonly directory!: string;
}
