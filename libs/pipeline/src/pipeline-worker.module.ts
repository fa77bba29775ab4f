import { DynamicModule, Module } from '@nestjs/common';
import { AssemblyModule } from '@app/assembly';
import { JobsConfig } from '@app/config';
import { RoutingModule, RoutingModuleOptions } from '@app/routing';
import { AssemblyTimeoutSweeper } from './assembly-timeout.sweeper';
import { cappedBackoff } from './capped-backoff';
import { configuredProcessor } from './configured-processor.factory';
import { DeliverMessageUseCase } from './delivery/deliver-message.usecase';
import { DeliveryRequestFactory } from './delivery/delivery-request.factory';
import { DeliveryProcessor } from './delivery/delivery.processor';
import { OutboxSweeper } from './outbox.sweeper';
import { PipelineQueueModule } from './pipeline-queue.module';
import { DELIVERY_QUEUE, ROUTING_QUEUE } from './queue-names';
import { BullMqDeliveryScheduler } from './routing/bullmq-delivery.scheduler';
import { DELIVERY_SCHEDULER } from './routing/delivery-scheduler.port';
import { RouteMessageUseCase } from './routing/route-message.usecase';
import { RoutingProcessor } from './routing/routing.processor';
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
        RouteMessageUseCase,
        { provide: DELIVERY_SCHEDULER, useClass: BullMqDeliveryScheduler },
        DeliverMessageUseCase,
        DeliveryRequestFactory,
        OutboxSweeper,
        AssemblyTimeoutSweeper,
        WorkerErrorReporter,
      ],
      exports: [OutboxSweeper, AssemblyTimeoutSweeper],
    };
  }
}
