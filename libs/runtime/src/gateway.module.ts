import { DynamicModule, Module } from '@nestjs/common';
import {
  HttpsChannelModule,
  MqChannelModule,
  mqChannelEnabled,
  SftpChannelModule,
} from '@app/channels';
import { PaxgateConfig, PaxgateConfigModule } from '@app/config';
import { JournalModule } from '@app/journal';
import { GATEWAY_CHECKPOINT_PAGES, journalDatabaseOf } from './journal-database.options';

/** The carrier-facing role: channels into the one ingest path. */
@Module({})
export class GatewayModule {
  static forRoot(config: PaxgateConfig): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        PaxgateConfigModule.forRoot(config),
        JournalModule.forRoot({
          database: journalDatabaseOf(config.journal, GATEWAY_CHECKPOINT_PAGES),
          migrate: true,
        }),
        HttpsChannelModule,
        ...(config.sftp.port !== undefined ? [SftpChannelModule] : []),
        // Started by the launcher as a microservice of this application (MqChannelServer).
        ...(mqChannelEnabled(config) ? [MqChannelModule] : []),
      ],
    };
  }
}
