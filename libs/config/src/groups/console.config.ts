import { IsOptional } from 'class-validator';
import { Describe } from '../schema/describe.decorator';
import { IsNonEmptyString, IsListenPort, IsSecret } from '../validation/config.decorators';

@Describe('Operations API and web UI.')
export class ConsoleConfig {
  @Describe('Interface to listen on; loopback unless the console must be reachable from elsewhere.')
  @IsNonEmptyString()
  readonly host!: string;
  @Describe('TCP port to listen on (0 picks a free one).') @IsListenPort() readonly port!: number;
  /** Optional in the sources; once loaded always set (loadConfig generates one when needed). */
  @Describe(
    "Bearer token of the console's administrator, at least 16 characters. null or absent: generated at first start and kept in <data.dir>/admin-token (mode 0600).",
  )
  @IsOptional()
  @IsSecret(16)
  readonly adminToken!: string;
}
