import { IsOptional } from 'class-validator';
import { IsNonEmptyString, IsListenPort, IsSecret } from '../validation/config.decorators';

/** The operations API and web UI; it listens on loopback unless told otherwise. */
export class ConsoleConfig {
  @IsNonEmptyString() readonly host!: string;
  @IsListenPort() readonly port!: number;
  /**
   * Optional in the sources; once loaded always set: when none is configured, one is generated at
   * first start and kept in `<data dir>/admin-token` so an operator can read it.
   */
  @IsOptional() @IsSecret(16) readonly adminToken!: string;
}
