import { randomUUID } from 'node:crypto';
import { Connection, ConnectionOptions, Container, create_container, EventContext } from 'rhea';
import { amqp10ConnectOptions } from './amqp10-connect.options';
import { Amqp10Connection } from './amqp10.connection';
import { brokerUrlLabel } from './broker-url.label';
import { MqConnection, MqConnector } from './mq-connector.port';

const OPEN_TIMEOUT_MS = 10_000;

/** AMQP 1.0 (IBM MQ's AMQP channel, Artemis, Azure Service Bus, RabbitMQ's plugin) through rhea. */
export class Amqp10Connector implements MqConnector {
  readonly label: string;
  private readonly options: ConnectionOptions;
  private readonly container: Container;

  constructor(url: string) {
    this.label = `AMQP 1.0 broker ${brokerUrlLabel(url)}`;
    this.options = amqp10ConnectOptions(url);
    this.container = create_container({ id: `paxgate-${randomUUID()}` });
    // rhea passes up what no connection listened to: an unheard 'error' would throw, and an
    // unheard 'disconnected' (a failed attempt, closed after its listeners left) prints a warning.
    this.container.on('error', () => undefined);
    this.container.on('disconnected', () => undefined);
  }

  open(onLost: (reason: Error) => void): Promise<MqConnection> {
    return new Promise<MqConnection>((resolve, reject) => {
      const connection: Connection = this.container.connect(this.options);
      const timer = setTimeout(
        () => fail(new Error(`no answer within ${OPEN_TIMEOUT_MS} ms`)),
        OPEN_TIMEOUT_MS,
      );
      const settle = (): void => {
        clearTimeout(timer);
        connection.removeListener('connection_open', opened);
        connection.removeListener('connection_error', refused);
        connection.removeListener('disconnected', refused);
      };
      const fail = (error: Error): void => {
        settle();
        connection.close();
        reject(error);
      };
      const refused = (context: EventContext): void => fail(refusalOf(context));
      const opened = (): void => {
        settle();
        resolve(new Amqp10Connection(connection, onLost));
      };
      connection.on('connection_open', opened);
      connection.on('connection_error', refused);
      connection.on('disconnected', refused);
    });
  }
}

function refusalOf(context: EventContext): Error {
  const cause = context.error ?? context.connection.error;
  if (cause instanceof Error) return cause;
  return new Error(`refused: ${cause?.description ?? cause?.condition ?? 'no reason given'}`);
}
