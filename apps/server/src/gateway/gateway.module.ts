import { DynamicModule, Module } from '@nestjs/common';
import {
  HttpsChannelModule,
  MqChannelModule,
  mqChannelEnabled,
  SftpChannelModule,
} from '@app/channels';
import { PaxgateConfig, PaxgateConfigModule } from '@app/config';
import { JournalModule, journalDatabaseOf } from '@app/journal';
import { IngestPortsModule } from '../roles/ingest-ports.module';
import { InspectionModule } from '../roles/inspection.module';
import { GATEWAY_CHECKPOINT_PAGES } from '../roles/journal-database.options';

/** The carrier-facing role: channels into the one ingest path. */
@Module({})
export class GatewayModule {
  /** `threadScript`: the program's own file, to start inspection threads from. */
  static forRoot(config: PaxgateConfig, threadScript?: string): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        PaxgateConfigModule.forRoot(config),
        JournalModule.forRoot({
          database: journalDatabaseOf(config.journal, GATEWAY_CHECKPOINT_PAGES),
          migrate: config.journal.migrate,
        }),
        InspectionModule.forRoot(config.inspection, threadScript),
        IngestPortsModule,
        HttpsChannelModule,
        ...(config.sftp.port !== undefined ? [SftpChannelModule] : []),
        // Started by the launcher as a microservice of this application (MqChannelServer).
        ...(mqChannelEnabled(config) ? [MqChannelModule] : []),
      ],
    };
  }
}
