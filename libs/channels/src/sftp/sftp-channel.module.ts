import { Module } from '@nestjs/common';
import { IngestModule } from '@app/ingest';
import { QuarantineModule } from '../quarantine/quarantine.module';
import { SftpInboxServer } from './sftp-inbox.server';

/** The SFTP channel: paxgate's own server, over the shared ingest use case. */
@Module({
  imports: [IngestModule, QuarantineModule],
  providers: [SftpInboxServer],
  exports: [SftpInboxServer],
})
export class SftpChannelModule {}
