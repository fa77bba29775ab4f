import { DynamicModule, Module } from '@nestjs/common';
import { RoutingModule, RoutingModuleOptions } from '@app/routing';
import { DeliveryRequestFactory } from './delivery-request.factory';
import { DeliveryProcessor } from './delivery.processor';
import { OutboxSweeper } from './outbox.sweeper';
import { PipelineQueueModule } from './pipeline-queue.module';
import { RoutingProcessor } from './routing.processor';

/** The consumer side: routing and delivery processors and the outbox sweeper. */
@Module({})
export class PipelineWorkerModule {
  static forRoot(routing: RoutingModuleOptions): DynamicModule {
    return {
      module: PipelineWorkerModule,
      imports: [PipelineQueueModule, RoutingModule.forRoot(routing)],
      providers: [RoutingProcessor, DeliveryProcessor, DeliveryRequestFactory, OutboxSweeper],
      exports: [OutboxSweeper],
    };
  }
}
