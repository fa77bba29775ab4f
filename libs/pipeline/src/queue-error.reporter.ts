import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { Queue } from 'bullmq';
import { ConnectionErrorLog } from './connection-error.log';
import { DELIVERY_QUEUE, ROUTING_QUEUE } from './queue-names';

/** Listens to the producer side's queues, so a Redis outage is a line a minute, not stacks. */
@Injectable()
export class QueueErrorReporter implements OnModuleInit {
  private readonly log = new ConnectionErrorLog(new Logger(QueueErrorReporter.name));

  constructor(
    @InjectQueue(ROUTING_QUEUE) private readonly routing: Queue,
    @InjectQueue(DELIVERY_QUEUE) private readonly delivery: Queue,
  ) {}

  onModuleInit(): void {
    this.log.watch(`queue '${ROUTING_QUEUE}'`, this.routing);
    this.log.watch(`queue '${DELIVERY_QUEUE}'`, this.delivery);
  }
}
