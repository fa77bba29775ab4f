import { DynamicModule, Module } from '@nestjs/common';
import { AssemblyModule } from '@app/assembly';
import { JobsConfig } from '@app/config';
import { RoutingModule, RoutingModuleOptions } from '@app/routing';
import { AssemblyTimeoutSweeper } from './assembly-timeout.sweeper';
import { cappedBackoff } from './capped-backoff';
import { configuredProcessor } from './configured-processor.factory';
import { DeliveryRequestFactory } from './delivery-request.factory';
import { DeliveryProcessor } from './delivery.processor';
import { OutboxSweeper } from './outbox.sweeper';
import { PipelineQueueModule } from './pipeline-queue.module';
import { DELIVERY_QUEUE, ROUTING_QUEUE } from './queue-names';
import { RoutingProcessor } from './routing.processor';
import { WorkerErrorReporter } from './worker-error.reporter';

/** The consumer side: routing (with multi-part assembly) and delivery, and the sweepers. */
@Module({})
export class PipelineWorkerModule {
  static forRoot(routing: RoutingModuleOptions, jobs: JobsConfig): DynamicModule {
    return {
      module: PipelineWorkerModule,
      imports: [PipelineQueueModule, AssemblyModule, RoutingModule.forRoot(routing)],
      providers: [
        {
          provide: RoutingProcessor,
          useClass: configuredProcessor(RoutingProcessor, ROUTING_QUEUE, jobs),
        },
        {
          provide: DeliveryProcessor,
          useClass: configuredProcessor(DeliveryProcessor, DELIVERY_QUEUE, jobs, {
            settings: { backoffStrategy: cappedBackoff },
          }),
        },
        DeliveryRequestFactory,
        OutboxSweeper,
        AssemblyTimeoutSweeper,
        WorkerErrorReporter,
      ],
      exports: [OutboxSweeper, AssemblyTimeoutSweeper],
    };
  }
}
