import { DynamicModule, Module } from '@nestjs/common';
import { SftpPollingModule } from '@app/channels';
import { PaxgateConfig, PaxgateConfigModule } from '@app/config';
import { JournalModule, journalDatabaseOf } from '@app/journal';
import { PipelineWorkerModule } from '@app/pipeline';
import { IngestPortsModule } from '../roles/ingest-ports.module';
import { InspectionModule } from '../roles/inspection.module';

/** The queue role: routing, delivery, the outbox sweeper, and polling carriers' SFTP servers. */
@Module({})
export class WorkerModule {
  /** `threadScript`: the program's own file, to start inspection threads from (polled files). */
  static forRoot(config: PaxgateConfig, threadScript?: string): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        PaxgateConfigModule.forRoot(config),
        JournalModule.forRoot({
          database: journalDatabaseOf(config.journal),
          migrate: config.journal.migrate,
        }),
        InspectionModule.forRoot(config.inspection, threadScript),
        IngestPortsModule,
        PipelineWorkerModule.forRoot(config.routing, config.jobs),
        SftpPollingModule,
      ],
    };
  }
}
