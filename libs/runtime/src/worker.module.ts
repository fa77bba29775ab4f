import { DynamicModule, Module } from '@nestjs/common';
import { SftpPollingModule } from '@app/channels';
import { PaxgateConfig, PaxgateConfigModule } from '@app/config';
import { JournalModule } from '@app/journal';
import { PipelineWorkerModule } from '@app/pipeline';
import { journalDatabaseOf } from './journal-database.options';

/** The queue role: routing, delivery, the outbox sweeper, and polling carriers' SFTP servers. */
@Module({})
export class WorkerModule {
  static forRoot(config: PaxgateConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        PaxgateConfigModule.forRoot(config),
        JournalModule.forRoot({ database: journalDatabaseOf(config.journal), migrate: true }),
        PipelineWorkerModule.forRoot(config.routing, config.jobs),
        SftpPollingModule,
      ],
    };
  }
}
