import { Injectable } from '@nestjs/common';
import { CustomTransportStrategy, Server } from '@nestjs/microservices';
import { MqConsumerSupervisor } from './mq-consumer.supervisor';

/**
 * The MQ channel as a Nest custom transport strategy: `connectMicroservice({ strategy })` and
 * `startAllMicroservices()` start it, and `app.close()` stops it while the journal is still open
 * (Nest closes microservices before the application shutdown hooks run).
 *
 * Why no @MessagePattern handlers: a Nest handler is an RPC endpoint chosen by a pattern the
 * sender puts in the message, and its answer goes back through the transport's serializer. Here
 * the queue, not the message, names the carrier; the answer is a CONTRL published to another
 * queue with the broker's confirm; and the inbound message may be acknowledged only after the
 * journal commit and that confirm. A handler could be awaited before the ack, but it would add a
 * pattern no carrier sends and an exception filter that turns an outage into a generic error,
 * and move nothing out of the per-message logic. So the strategy is used for its lifecycle, and
 * each message goes to MqDeliveryHandler, which calls the one ingest use case directly, as the
 * HTTPS controller does.
 */
@Injectable()
export class MqChannelServer extends Server implements CustomTransportStrategy {
  constructor(private readonly supervisor: MqConsumerSupervisor) {
    super();
  }

  override listen(callback: (error?: unknown) => void): void {
    this.supervisor.start().then(
      () => callback(),
      (error: unknown) => callback(error),
    );
  }

  override close(): Promise<void> {
    return this.supervisor.stop();
  }

  override on(): never {
    throw new Error('The MQ channel emits no transport events.');
  }

  override unwrap<T>(): T {
    throw new Error('The MQ channel has no single broker client to unwrap: it reconnects.');
  }
}
