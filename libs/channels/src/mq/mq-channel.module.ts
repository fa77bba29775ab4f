import { Module } from '@nestjs/common';
import { MQ_CONFIG } from '@app/config';
import { IngestModule } from '@app/ingest';
import { QuarantineModule } from '../quarantine/quarantine.module';
import { MqChannelServer } from './mq-channel.server';
import { MQ_CONNECTOR } from './mq-connector.port';
import { mqConnectorFor } from './mq-connector.factory';
import { MqConsumerSupervisor } from './mq-consumer.supervisor';
import { MqDeliveryHandler } from './mq-delivery.handler';

/**
 * The MQ channel's parts; the gateway imports it only when `mqChannelEnabled(config)`, and the
 * launcher starts MqChannelServer as a microservice of the gateway application (a custom
 * transport strategy used for its lifecycle; MqChannelServer says why without message patterns).
 * The broker client sits behind MQ_CONNECTOR: amqplib for AMQP 0-9-1, rhea for AMQP 1.0.
 */
@Module({
  imports: [IngestModule, QuarantineModule],
  providers: [
    { provide: MQ_CONNECTOR, useFactory: mqConnectorFor, inject: [MQ_CONFIG] },
    MqDeliveryHandler,
    MqConsumerSupervisor,
    MqChannelServer,
  ],
  exports: [MqChannelServer],
})
export class MqChannelModule {}
