import { DynamicModule, Module } from '@nestjs/common';
import { PaxgateConfig, PaxgateConfigModule } from '@app/config';
import { JournalModule, journalDatabaseOf } from '@app/journal';
import { OperationsModule } from '@app/operations';
import { PipelineQueueModule } from '@app/pipeline';

/** The operations role: status API, replay, health, metrics, OpenAPI. */
@Module({})
export class ConsoleModule {
  static forRoot(config: PaxgateConfig): DynamicModule {
    const amqpUrls = config.routing.destinations.flatMap((d) => (d.kind === 'amqp' ? [d.url] : []));
    return {
      module: ConsoleModule,
      imports: [
        PaxgateConfigModule.forRoot(config),
        JournalModule.forRoot({
          database: journalDatabaseOf(config.journal),
          migrate: config.journal.migrate,
        }),
        PipelineQueueModule,
        OperationsModule.forRoot({
          adminToken: config.console.adminToken,
          delivery: config.delivery,
          health: { redis: { host: config.redis.host, port: config.redis.port }, amqpUrls },
        }),
      ],
    };
  }
}
