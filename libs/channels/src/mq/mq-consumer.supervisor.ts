import { Inject, Injectable, Logger } from '@nestjs/common';
import { CARRIERS_CONFIG, CarrierConfig, MQ_CONFIG, MqConfig } from '@app/config';
import { MQ_CONNECTOR, MqConnection, MqConnector, MqInboundMessage } from './mq-connector.port';
import { MqRoute, mqRoutesOf } from './mq-carrier.routes';
import { MqDeliveryHandler } from './mq-delivery.handler';
import { backoffDelay } from './reconnect.backoff';

/**
 * Keeps one broker connection consuming every carrier's inbound queue: reconnects with
 * exponential backoff when the broker or the network drops it, and on stop cancels the
 * consumers, lets the messages in hand finish (journal, reply, ack), then closes.
 */
@Injectable()
export class MqConsumerSupervisor {
  private readonly logger = new Logger('MqChannel');
  private readonly routes: readonly MqRoute[];
  private readonly stopping = new AbortController();
  private readonly inFlight = new Set<Promise<void>>();
  private connection: MqConnection | undefined;
  private connecting: Promise<void> | undefined;
  private reconnectTimer: NodeJS.Timeout | undefined;
  /** Bumped when a connection is given up, so late news about it is ignored. */
  private generation = 0;
  private failures = 0;

  constructor(
    @Inject(MQ_CONNECTOR) private readonly connector: MqConnector,
    private readonly handler: MqDeliveryHandler,
    @Inject(MQ_CONFIG) private readonly config: MqConfig,
    @Inject(CARRIERS_CONFIG) carriers: readonly CarrierConfig[],
  ) {
    this.routes = mqRoutesOf(carriers);
  }

  /** Resolves after the first attempt; a broker that is not there yet is retried in the background. */
  start(): Promise<void> {
    return this.connect();
  }

  get connected(): boolean {
    return this.connection !== undefined;
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    clearTimeout(this.reconnectTimer);
    await this.connecting;
    this.generation++;
    const connection = this.connection;
    this.connection = undefined;
    await connection?.cancelConsumers().catch((error: unknown) => this.warn('cancel', error));
    await Promise.allSettled([...this.inFlight]);
    await connection?.close().catch((error: unknown) => this.warn('close', error));
  }

  private connect(): Promise<void> {
    const connecting = this.openAndConsume().finally(() => {
      if (this.connecting === connecting) this.connecting = undefined;
    });
    this.connecting = connecting;
    return connecting;
  }

  private async openAndConsume(): Promise<void> {
    if (this.stopping.signal.aborted) return;
    const generation = this.generation;
    let connection: MqConnection | undefined;
    try {
      connection = await this.connector.open((reason) => this.lost(generation, reason));
      const opened = connection;
      for (const route of this.routes) {
        await opened.consume(route.inboundQueue, this.config.prefetch, (message) =>
          this.dispatch(route, message, opened),
        );
      }
    } catch (error) {
      await connection?.close().catch(() => undefined);
      if (generation === this.generation) this.giveUp(error);
      return;
    }
    if (generation !== this.generation) {
      // Lost while subscribing: the next attempt is scheduled already.
      await connection.close().catch(() => undefined);
      return;
    }
    this.connection = connection;
    this.failures = 0;
    this.logger.log(
      `consuming ${this.routes.length} carrier queue(s) on ${this.connector.label}: ` +
        this.routes.map((r) => r.inboundQueue).join(', '),
    );
  }

  private dispatch(route: MqRoute, message: MqInboundMessage, connection: MqConnection): void {
    if (this.stopping.signal.aborted) {
      // Arrived between cancel and its confirmation: back to the queue untouched.
      try {
        message.requeue();
      } catch {
        // The broker requeues it when the connection closes.
      }
      return;
    }
    const work = this.handler
      .handle(route, message, connection, this.stopping.signal)
      .catch((error: unknown) => this.warn('handle a message', error))
      .finally(() => this.inFlight.delete(work));
    this.inFlight.add(work);
  }

  private lost(generation: number, reason: Error): void {
    if (generation !== this.generation) return;
    const connection = this.connection;
    this.connection = undefined;
    void connection?.close().catch(() => undefined);
    this.giveUp(reason);
  }

  /** Forgets the current connection (if any) and schedules the next attempt. */
  private giveUp(reason: unknown): void {
    this.generation++;
    if (this.stopping.signal.aborted) return;
    const delay = backoffDelay(
      this.failures++,
      this.config.reconnectMinMs,
      this.config.reconnectMaxMs,
    );
    this.logger.warn(
      `${this.connector.label}: ${reasonOf(reason)}; reconnecting in ${delay} ms (attempt ${this.failures}).`,
    );
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      void this.connect();
    }, delay);
  }

  private warn(what: string, error: unknown): void {
    this.logger.warn(`${this.connector.label}: cannot ${what}: ${reasonOf(error)}`);
  }
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
