import { ChannelModel, connect, SocketOptions } from 'amqplib';
import { Amqp091Connection } from './amqp091.connection';
import { brokerUrlLabel } from './broker-url.label';
import { MqConnection, MqConnector } from './mq-connector.port';

/** Opens an AMQP 0-9-1 connection; replaceable so a test can keep the connection it kills. */
export type Amqp091Connect = (url: string, socketOptions: SocketOptions) => Promise<ChannelModel>;

/** AMQP 0-9-1 (RabbitMQ) through amqplib: one consuming channel and one confirm channel. */
export class Amqp091Connector implements MqConnector {
  readonly label: string;

  constructor(
    private readonly url: string,
    private readonly connectTo: Amqp091Connect = (u, options) => connect(u, options),
  ) {
    this.label = `AMQP 0-9-1 broker ${brokerUrlLabel(url)}`;
  }

  async open(onLost: (reason: Error) => void): Promise<MqConnection> {
    const model = await this.connectTo(this.url, {
      clientProperties: { connection_name: 'paxgate mq channel' },
      timeout: 10_000,
    });
    // amqplib throws on an 'error' event nobody listens to; the connection listens from here on.
    model.on('error', () => undefined);
    try {
      const consuming = await model.createChannel();
      const replying = await model.createConfirmChannel();
      return new Amqp091Connection(model, consuming, replying, onLost);
    } catch (error) {
      await model.close().catch(() => undefined);
      throw error;
    }
  }
}
