export * from './queue-names';
export * from './outbox-dispatcher.port';
export { PipelineQueueModule } from './pipeline-queue.module';
export { PipelineWorkerModule } from './pipeline-worker.module';
export { OutboxSweeper } from './outbox.sweeper';
export { DeliveryProcessor, DeliveryOutcome } from './delivery.processor';
export { deliveryJobOptions } from './delivery-job.options';
