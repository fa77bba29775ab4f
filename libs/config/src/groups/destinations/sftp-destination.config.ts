import { IsOptional } from 'class-validator';
import { IsNonEmptyString, IsOneOf, IsPort } from '../../validation/config.decorators';
import { DestinationBaseConfig } from './destination-base.config';

/** Writes each message as a file on a PIU consumer's SFTP server (temporary name, then rename). */
export class SftpDestinationConfig extends DestinationBaseConfig {
  @IsOneOf(['sftp']) readonly kind!: 'sftp';
  @IsNonEmptyString() readonly host!: string;
  @IsPort() readonly port!: number;
  @IsNonEmptyString() readonly username!: string;
  /** Relative to data.dir, absolute once loaded; an OpenSSH or PEM private key. */
  @IsNonEmptyString() readonly privateKeyFile!: string;
  /** SHA-256 of the server's host key (base64, as `ssh-keygen -l` prints it after `SHA256:`); unset: not checked. */
  @IsOptional() @IsNonEmptyString() readonly hostKeySha256?: string;
  /** Remote directory the files go to. */
  @IsNonEmptyString() readonly directory!: string;
}
