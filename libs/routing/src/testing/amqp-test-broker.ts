import { randomUUID } from 'node:crypto';
import { Socket } from 'node:net';
import { Channel, ChannelModel, connect, GetMessage, Options } from 'amqplib';
import { AmqpConnect } from '../destinations/amqp.session';

export const TEST_AMQP_URL =
  process.env.PAXGATE_TEST_AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';

/**
 * The real RabbitMQ, seen from a consumer's side: one uniquely named exchange and queue per test
 * (the broker is shared with other runs), and a record of the connections a destination opened.
 */
export class AmqpTestBroker {
  exchange = '';
  /** Every connection opened through `connect`, in order. */
  opened: ChannelModel[] = [];
  private admin?: ChannelModel;
  private channel?: Channel;

  readonly connect: AmqpConnect = async (url, options) => {
    const model = await connect(url, options);
    this.opened.push(model);
    return model;
  };

  async start(): Promise<void> {
    this.admin = await connect(TEST_AMQP_URL);
    this.channel = await this.admin.createChannel();
  }

  async stop(): Promise<void> {
    await this.admin?.close();
  }

  /** A fresh exchange name (the queue shares it) and connection record for the next test. */
  reset(): void {
    this.exchange = `paxgate.test.routing.${randomUUID()}`;
    this.opened = [];
  }

  async cleanUp(): Promise<void> {
    await this.ch().deleteQueue(this.exchange);
    await this.ch().deleteExchange(this.exchange);
  }

  /** Declares the exchange and a bound queue as a consumer would. */
  async bind(pattern: string, queueOptions: Options.AssertQueue = {}): Promise<void> {
    await this.ch().assertExchange(this.exchange, 'topic', { durable: true });
    await this.ch().assertQueue(this.exchange, { exclusive: true, ...queueOptions });
    await this.ch().bindQueue(this.exchange, this.exchange, pattern);
  }

  /** The next message on the queue; confirmed messages are already enqueued, so this is quick. */
  async next(): Promise<GetMessage> {
    for (let i = 0; i < 20; i++) {
      const message = await this.ch().get(this.exchange, { noAck: true });
      if (message) return message;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`nothing arrived on ${this.exchange}`);
  }

  ch(): Channel {
    if (!this.channel) throw new Error('AmqpTestBroker not started');
    return this.channel;
  }

  /** The socket under an amqplib connection: not in its types, reached only to kill it. */
  static socketOf(model: ChannelModel): Socket {
    return (model.connection as unknown as { stream: Socket }).stream;
  }
}
