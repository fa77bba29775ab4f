import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConnectionErrorLog } from './connection-error.log';
import { DeliveryProcessor } from './delivery/delivery.processor';
import { DELIVERY_QUEUE, ROUTING_QUEUE } from './queue-names';
import { RoutingProcessor } from './routing/routing.processor';

/** Listens to the workers' errors as QueueErrorReporter does to the queues'. */
@Injectable()
export class WorkerErrorReporter implements OnApplicationBootstrap {
  private readonly log = new ConnectionErrorLog(new Logger(WorkerErrorReporter.name));

  constructor(
    private readonly routing: RoutingProcessor,
    private readonly delivery: DeliveryProcessor,
  ) {}

  // Bootstrap, not module init: @nestjs/bullmq makes the workers in its own module init.
  onApplicationBootstrap(): void {
    this.log.watch(`worker '${ROUTING_QUEUE}'`, this.routing.worker);
    this.log.watch(`worker '${DELIVERY_QUEUE}'`, this.delivery.worker);
  }
}
