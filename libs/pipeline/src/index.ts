export {
  ROUTING_QUEUE,
  DELIVERY_QUEUE,
  RoutingJob,
  DeliveryJob,
  routingJobId,
  deliveryJobId,
} from './queue-names';
export { OutboxDispatcher, OUTBOX_DISPATCHER } from './outbox-dispatcher.port';
export { PipelineQueueModule } from './pipeline-queue.module';
export { PipelineWorkerModule } from './pipeline-worker.module';

export { deliveryJobOptions } from './delivery-job.options';
export { routingJobOptions } from './routing-job.options';
export { FINISHED_JOBS_KEPT } from './finished-jobs.retention';
