export * from './queue-names';
export * from './outbox-dispatcher.port';
export { PipelineQueueModule } from './pipeline-queue.module';
export { PipelineWorkerModule } from './pipeline-worker.module';
export { OutboxSweeper } from './outbox.sweeper';
export { AssemblyTimeoutSweeper } from './assembly-timeout.sweeper';
export { DeliveryProcessor, DeliveryOutcome } from './delivery.processor';
export { deliveryJobOptions } from './delivery-job.options';
export { routingJobOptions } from './routing-job.options';
