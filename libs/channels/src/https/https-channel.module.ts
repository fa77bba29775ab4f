import { Module } from '@nestjs/common';
import { IngestModule } from '@app/ingest';
import { InterchangeIngestController } from './interchange-ingest.controller';
import { TlsPeerCarrierReader } from './tls-peer-carrier.reader';

/** The HTTPS channel: one controller over the shared ingest use case. */
@Module({
  imports: [IngestModule],
  controllers: [InterchangeIngestController],
  providers: [TlsPeerCarrierReader],
})
export class HttpsChannelModule {}
