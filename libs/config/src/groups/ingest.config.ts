import { Describe } from '../schema/describe.decorator';
import { IsIntegerInRange } from '../validation/config.decorators';

@Describe('Taking interchanges in, on every channel (SFTP server, SFTP polling, MQ).')
export class IngestConfig {
  /** So that poison is not retried forever. */
  @Describe(
    "Tries of one file or message whose ingest fails or crashes the process before it is quarantined: an SFTP upload moves to the carrier's quarantine/ (CONTRL code 18 in outbox/), a polled file is copied to <data.dir>/quarantine/sftp-polling/<remote>/ and left on the remote, never fetched again, an MQ message goes to the queue <inbound queue>.quarantine (CONTRL code 18 on the reply queue).",
  )
  @IsIntegerInRange(1, 100)
  readonly maxAttempts!: number;
}
