import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { REDIS_CONFIG, RedisConfig } from '@app/config';
import { BullMqOutboxDispatcher } from './bullmq-outbox.dispatcher';
import { OUTBOX_DISPATCHER } from './outbox-dispatcher.port';
import { DELIVERY_QUEUE, ROUTING_QUEUE } from './queue-names';
import { QueueErrorReporter } from './queue-error.reporter';

/** The producer side of the pipeline: queues and the outbox hand-off, for gateway and console. */
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [REDIS_CONFIG],
      useFactory: (redis: RedisConfig) => ({
        connection: { host: redis.host, port: redis.port, maxRetriesPerRequest: null },
        prefix: redis.prefix,
      }),
    }),
    BullModule.registerQueue({ name: ROUTING_QUEUE }, { name: DELIVERY_QUEUE }),
  ],
  providers: [
    QueueErrorReporter,
    BullMqOutboxDispatcher,
    { provide: OUTBOX_DISPATCHER, useExisting: BullMqOutboxDispatcher },
  ],
  exports: [OUTBOX_DISPATCHER, BullModule],
})
export class PipelineQueueModule {}
