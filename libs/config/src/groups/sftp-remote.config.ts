import { IsOptional } from 'class-validator';
import { Describe } from '../schema/describe.decorator';
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

@Describe('An SFTP server a carrier or service bureau hosts, which paxgate polls for interchanges.')
export class SftpRemoteConfig {
  @Describe('Unique name of this remote.')
  @IsMatching(/^[A-Za-z0-9_.-]{1,64}$/, 'a name of 1 to 64 letters, digits, ., - or _')
  readonly name!: string;
  /** The identity ingest checks the UNB sender against. */
  @Describe(
    'The carrier whose traffic the remote holds; the UNB sender must be one of its sender ids.',
  )
  @IsMatching(CARRIER_ID, CARRIER_ID_RULE)
  readonly carrierId!: string;
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
  @Describe('Remote directory listed for new files.')
  @IsNonEmptyString()
  readonly directory!: string;
  @Describe('What happens to a remote file once journaled.')
  @IsOneOf(AFTER_INGEST)
  readonly afterIngest!: AfterIngest;
  @Describe("Remote directory 'move' puts files in.")
  @IsOptional()
  @IsNonEmptyString()
  readonly archiveDirectory?: string;
  @Describe('Remote directory <file>.contrl is written to; absent: not written.')
  @IsOptional()
  @IsNonEmptyString()
  readonly contrlDirectory?: string;
  @Describe('How often the remote is listed, in ms.')
  @IsIntegerInRange(1000)
  readonly intervalMs!: number;
}
