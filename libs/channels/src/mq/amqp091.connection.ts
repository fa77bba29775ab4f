import { Channel, ChannelModel, ConfirmChannel, ConsumeMessage, Message } from 'amqplib';
import { randomUUID } from 'node:crypto';
import { MqConnection, MqInboundMessage, MqReply } from './mq-connector.port';

/**
 * One AMQP 0-9-1 connection: carriers' queues consumed on one channel (prefetch per consumer),
 * replies published on a confirm channel. Any channel closing ends the whole connection, so a
 * fresh one is opened rather than a half-working one kept.
 */
export class Amqp091Connection implements MqConnection {
  private readonly consumerTags: string[] = [];
  /** Reply queues declared on this connection. */
  private readonly declared = new Map<string, Promise<unknown>>();
  /** Replies the broker could not route, by message id, until their confirm arrives. */
  private readonly returned = new Set<string>();
  private lastError: Error | undefined;
  private closing = false;
  private ended = false;

  constructor(
    private readonly model: ChannelModel,
    private readonly consuming: Channel,
    private readonly replying: ConfirmChannel,
    private readonly onLost: (reason: Error) => void,
  ) {
    model.on('error', (error: Error) => (this.lastError = error));
    model.on('close', () => this.end('connection closed'));
    for (const channel of [consuming, replying]) {
      channel.on('error', (error: Error) => (this.lastError = error));
      channel.on('close', () => this.end('channel closed'));
    }
    replying.on('return', (message: Message) =>
      this.returned.add(String(message.properties.messageId)),
    );
  }

  async consume(
    queue: string,
    prefetch: number,
    onMessage: (message: MqInboundMessage) => void,
  ): Promise<void> {
    await this.consuming.assertQueue(queue, { durable: true });
    // Per consumer (global = false): each carrier's queue gets its own window.
    await this.consuming.prefetch(prefetch, false);
    const { consumerTag } = await this.consuming.consume(
      queue,
      (message) => {
        if (message === null) {
          // The broker cancelled the consumer (the queue was deleted): start afresh.
          this.end(`the broker cancelled the consumer of ${queue}`);
          return;
        }
        onMessage(this.inbound(message));
      },
      { noAck: false },
    );
    this.consumerTags.push(consumerTag);
  }

  async publish(queue: string, reply: MqReply): Promise<void> {
    await this.declare(queue);
    const messageId = randomUUID();
    await new Promise<void>((resolve, reject) => {
      const confirmed = (error: unknown): void => {
        if (error !== null && error !== undefined) {
          reject(error instanceof Error ? error : new Error(this.reason('not confirmed')));
        } else if (this.returned.delete(messageId)) {
          this.declared.delete(queue);
          reject(new Error(`the broker could not route the reply to queue ${queue}`));
        } else resolve();
      };
      try {
        this.replying.publish(
          '',
          queue,
          reply.body,
          {
            persistent: true,
            mandatory: true,
            messageId,
            correlationId: reply.correlationId,
            contentType: reply.contentType,
            headers: reply.headers,
          },
          confirmed,
        );
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }

  async cancelConsumers(): Promise<void> {
    for (const tag of this.consumerTags.splice(0)) await this.consuming.cancel(tag);
  }

  async close(): Promise<void> {
    this.closing = true;
    if (this.ended) return;
    await this.model.close();
  }

  private declare(queue: string): Promise<unknown> {
    let declared = this.declared.get(queue);
    if (declared === undefined) {
      declared = this.replying.assertQueue(queue, { durable: true });
      this.declared.set(queue, declared);
      declared.catch(() => this.declared.delete(queue));
    }
    return declared;
  }

  private inbound(message: ConsumeMessage): MqInboundMessage {
    const properties = message.properties as { messageId?: unknown; userId?: unknown };
    return {
      body: message.content,
      messageId: textOf(properties.messageId),
      userId: textOf(properties.userId),
      redelivered: message.fields.redelivered,
      ack: () => this.consuming.ack(message),
      requeue: () => this.consuming.nack(message, false, true),
    };
  }

  private end(what: string): void {
    if (this.ended) return;
    this.ended = true;
    if (this.closing) return;
    this.onLost(new Error(this.reason(what)));
    // The other channel and the socket go too (a no-op when the connection itself closed).
    this.model.close().catch(() => undefined);
  }

  private reason(what: string): string {
    return this.lastError ? `${what}: ${this.lastError.message}` : what;
  }
}

/** amqplib decodes shortstr properties as strings; anything else is treated as absent. */
function textOf(value: unknown): string | undefined {
  const text = Buffer.isBuffer(value) ? value.toString('utf8') : value;
  return typeof text === 'string' && text !== '' ? text : undefined;
}
