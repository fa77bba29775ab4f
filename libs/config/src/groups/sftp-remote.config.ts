import { IsOptional } from 'class-validator';
import {
  IsIntegerInRange,
  IsMatching,
  IsNonEmptyString,
  IsOneOf,
  IsPort,
} from '../validation/config.decorators';
import { CARRIER_ID, CARRIER_ID_RULE } from './carrier.config';

export const AFTER_INGEST = ['delete', 'move'] as const;
export type AfterIngest = (typeof AFTER_INGEST)[number];

/** An SFTP server a carrier or service bureau hosts, which paxgate polls for interchanges. */
export class SftpRemoteConfig {
  @IsMatching(/^[A-Za-z0-9_.-]{1,64}$/, 'a name of 1 to 64 letters, digits, ., - or _')
  readonly name!: string;
  /** The carrier whose traffic this is (the identity ingest checks the UNB sender against). */
  @IsMatching(CARRIER_ID, CARRIER_ID_RULE) readonly carrierId!: string;
  @IsNonEmptyString() readonly host!: string;
  @IsPort() readonly port!: number;
  @IsNonEmptyString() readonly username!: string;
  /** Relative to data.dir; an OpenSSH or PEM private key. */
  @IsNonEmptyString() readonly privateKeyFile!: string;
  /** SHA-256 of the server's host key (base64, as `ssh-keygen -l` prints it after `SHA256:`). */
  @IsOptional() @IsNonEmptyString() readonly hostKeySha256?: string;
  /** Remote directory listed for new files. */
  @IsNonEmptyString() readonly directory!: string;
  /** What happens to a remote file once ingested. */
  @IsOneOf(AFTER_INGEST) readonly afterIngest!: AfterIngest;
  /** Where 'move' puts it (remote path). */
  @IsOptional() @IsNonEmptyString() readonly archiveDirectory?: string;
  /** Where `<file>.contrl` is written back (remote path); unset: not written. */
  @IsOptional() @IsNonEmptyString() readonly contrlDirectory?: string;
  @IsIntegerInRange(1000) readonly intervalMs!: number;
}
