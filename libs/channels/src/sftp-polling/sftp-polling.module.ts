import { BullModule } from '@nestjs/bullmq';
import { Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { IngestModule } from '@app/ingest';
import { QuarantineModule } from '../quarantine/quarantine.module';
import { FILE_CLAIMS, FileClaims } from './file-claims.port';
import { PolledFileQuarantine } from './polled-file.quarantine';
import { RedisFileClaims } from './redis-file.claims';
import { SftpPollProcessor } from './sftp-poll.processor';
import { SftpPollScheduler } from './sftp-poll.scheduler';
import { SFTP_POLLING_QUEUE } from './sftp-polling-queue.constants';
import { SFTP_REMOTE_CONNECTOR } from './sftp-remote.port';
import { SftpRemotePoller } from './sftp-remote.poller';
import { Ssh2SftpRemoteConnector } from './ssh2-sftp-remote.connector';

/**
 * Polls carriers' SFTP servers (`polling.sftp`) from the worker role, into the one ingest path.
 * The queue uses the BullMQ connection and prefix the pipeline registers for the whole app.
 */
@Module({
  imports: [IngestModule, QuarantineModule, BullModule.registerQueue({ name: SFTP_POLLING_QUEUE })],
  providers: [
    PolledFileQuarantine,
    SftpPollProcessor,
    SftpPollScheduler,
    SftpRemotePoller,
    { provide: FILE_CLAIMS, useClass: RedisFileClaims },
    { provide: SFTP_REMOTE_CONNECTOR, useClass: Ssh2SftpRemoteConnector },
  ],
})
export class SftpPollingModule implements OnApplicationShutdown {
  constructor(
    private readonly poller: SftpRemotePoller,
    @Inject(FILE_CLAIMS) private readonly claims: FileClaims,
  ) {}

  /** Polls under way finish (they need the claims) before the claims' connection closes. */
  async onApplicationShutdown(): Promise<void> {
    await this.poller.stop();
    await this.claims.close();
  }
}
