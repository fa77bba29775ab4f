import { IsOptional } from 'class-validator';
import { Describe } from '../schema/describe.decorator';
import { IsIntegerInRange, IsListenPort, IsNonEmptyString } from '../validation/config.decorators';

@Describe(
  "paxgate's own SFTP server where carriers upload interchanges; one jailed account per carrier (carriers[].sftp).",
)
export class SftpConfig {
  @Describe('Interface to listen on.') @IsNonEmptyString() readonly host!: string;
  @Describe('TCP port to listen on; null or absent: no SFTP server; 0 picks a free one.')
  @IsOptional()
  @IsListenPort()
  readonly port?: number;
  /** Absolute once loaded. */
  @Describe(
    'Host key file, relative to data.dir; an ed25519 key is generated there on first start and kept.',
  )
  @IsNonEmptyString()
  readonly hostKeyFile!: string;
  /** Absolute once loaded. */
  @Describe(
    "Where the carriers' trees live, relative to data.dir: <root>/<carrier id>/inbox, outbox, archive.",
  )
  @IsNonEmptyString()
  readonly root!: string;
  /** The write past it fails. */
  @Describe(
    'Largest file a carrier may upload, in bytes; a larger upload is refused and journaled as rejected (CONTRL code 18).',
  )
  @IsIntegerInRange(1)
  readonly uploadLimitBytes!: number;
}
