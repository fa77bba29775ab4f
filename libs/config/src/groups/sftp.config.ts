import { IsOptional } from 'class-validator';
import { IsIntegerInRange, IsListenPort, IsNonEmptyString } from '../validation/config.decorators';

/** paxgate's own SFTP server, where carriers upload interchanges (one jailed account each). */
export class SftpConfig {
  @IsNonEmptyString() readonly host!: string;
  /** Unset: no SFTP server. 0 picks a free port (tests). */
  @IsOptional() @IsListenPort() readonly port?: number;
  /** Relative to data.dir; generated (ed25519) on first start and kept. */
  @IsNonEmptyString() readonly hostKeyFile!: string;
  /** Relative to data.dir; each carrier's tree is <root>/<carrier id>/{inbox,outbox,archive}. */
  @IsNonEmptyString() readonly root!: string;
  /** Largest file a carrier may upload; the write past it fails and the file is rejected. */
  @IsIntegerInRange(1) readonly uploadLimitBytes!: number;
}
