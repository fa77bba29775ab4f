import { Module } from '@nestjs/common';
import { IngestModule } from '@app/ingest';
import { QuarantineModule } from '../quarantine/quarantine.module';
import { SFTP_INGEST_PORT } from './sftp-ingest.port';
import { SftpInboxServer } from './sftp-inbox.server';
import { UseCaseIngestAdapter } from './use-case.ingest-adapter';

/** The SFTP channel: paxgate's own server, over the shared ingest use case. */
@Module({
  imports: [IngestModule, QuarantineModule],
  providers: [SftpInboxServer, { provide: SFTP_INGEST_PORT, useClass: UseCaseIngestAdapter }],
  exports: [SftpInboxServer],
})
export class SftpChannelModule {}
