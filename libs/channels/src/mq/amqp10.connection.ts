import { randomUUID } from 'node:crypto';
import { Connection, EventContext, message as amqpMessage, Receiver, Sender } from 'rhea';
import { amqp10BodyBytes, amqp10IdText } from './amqp10-body.reader';
import { Amqp10ReplySender } from './amqp10-reply.sender';
import { MqConnection, MqInboundMessage, MqReply } from './mq-connector.port';

/** How long a link may take to attach, or a sender to get credit, before the connection is given up. */
const LINK_TIMEOUT_MS = 10_000;

/** Events after which this connection is of no more use. */
const ENDINGS = [
  'disconnected',
  'connection_error',
  'connection_close',
  'session_error',
  'session_close',
  'receiver_error',
  'receiver_close',
  'sender_error',
  'sender_close',
  'protocol_error',
  'error',
] as const;

/**
 * One AMQP 1.0 connection: a receiver link per carrier queue with manual settlement and credit
 * kept at `prefetch` unsettled messages, and a sender link per reply queue whose deliveries
 * resolve on the broker's `accepted`. Addresses are the configured queue names as they are
 * (RabbitMQ 3.x: `name` or `/queue/name` declare the queue durable, `/amq/queue/name` needs it
 * to exist; RabbitMQ 4: `/queue/name`; IBM MQ, Artemis, Service Bus: the queue's name).
 */
export class Amqp10Connection implements MqConnection {
  private readonly receivers: Receiver[] = [];
  private readonly senders = new Map<string, Promise<Amqp10ReplySender>>();
  private readonly opened = new Set<Amqp10ReplySender>();
  private readonly waiting = new Set<(error: Error) => void>();
  private cancelled = false;
  private closing = false;
  private ended: Error | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly onLost: (reason: Error) => void,
  ) {
    for (const event of ENDINGS) {
      // 'error' and 'protocol_error' carry an Error, the others an EventContext.
      connection.on(event, (detail: unknown) => this.end(errorOf(event, detail)));
    }
  }

  async consume(
    queue: string,
    prefetch: number,
    onMessage: (message: MqInboundMessage) => void,
  ): Promise<void> {
    const receiver = this.connection.open_receiver({
      source: { address: queue, durable: 1 },
      autoaccept: false,
      // Credit is granted by hand, one per settled message: at most `prefetch` in hand.
      credit_window: 0,
    });
    receiver.on('message', (context: EventContext) => {
      const inbound = this.inbound(receiver, context);
      if (inbound) onMessage(inbound);
    });
    await this.next(receiver, 'receiver_open');
    this.receivers.push(receiver);
    receiver.add_credit(prefetch);
  }

  async publish(queue: string, reply: MqReply): Promise<void> {
    if (this.ended) throw new Error(`the connection is gone (${this.ended.message})`);
    const sender = await this.senderFor(queue);
    await sender.send({
      message_id: randomUUID(),
      correlation_id: reply.correlationId,
      content_type: reply.contentType,
      durable: true,
      application_properties: { ...reply.headers },
      body: amqpMessage.data_section(reply.body) as unknown,
    });
  }

  cancelConsumers(): Promise<void> {
    // Detaching would make the broker requeue the messages still in hand, so they could not be
    // accepted any more: the links stay and get no more credit. (No drain: RabbitMQ 3.x answers
    // one with credit left, which rhea reports as an error.) What the credit left still brings
    // arrives while the channel stops, and is released.
    this.cancelled = true;
    return Promise.resolve();
  }

  async close(): Promise<void> {
    this.closing = true;
    if (this.ended) return;
    const closed = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 5_000);
      const done = (): void => {
        clearTimeout(timer);
        resolve();
      };
      this.connection.once('connection_close', done);
      this.connection.once('disconnected', done);
    });
    this.connection.close();
    await closed;
    this.end(new Error('closed'));
  }

  private inbound(receiver: Receiver, context: EventContext): MqInboundMessage | undefined {
    const { delivery, message } = context;
    if (!delivery || !message) return undefined;
    return {
      body: amqp10BodyBytes(message.body),
      messageId: amqp10IdText(message.message_id),
      userId: userOf(message.user_id),
      redelivered: (message.delivery_count ?? 0) > 0 || message.first_acquirer === false,
      ack: () => this.settle(receiver, () => delivery.accept()),
      // Released, not modified: an outage is not the message's fault, so no delivery count.
      requeue: () => this.settle(receiver, () => delivery.release()),
    };
  }

  private settle(receiver: Receiver, settle: () => void): void {
    if (this.ended) throw new Error(`the connection is gone (${this.ended.message})`);
    settle();
    if (!this.cancelled) receiver.add_credit(1);
  }

  private senderFor(queue: string): Promise<Amqp10ReplySender> {
    let sender = this.senders.get(queue);
    if (sender === undefined) {
      sender = this.openSender(queue);
      this.senders.set(queue, sender);
      sender.catch(() => this.senders.delete(queue));
    }
    return sender;
  }

  private async openSender(queue: string): Promise<Amqp10ReplySender> {
    const link = this.connection.open_sender({ target: { address: queue, durable: 1 } });
    const sender = new Amqp10ReplySender(
      link,
      queue,
      () => this.next(link, 'sendable'),
      (reason) => this.end(reason),
    );
    this.opened.add(sender);
    await this.next(link, 'sender_open');
    return sender;
  }

  /** The link's next `event`; fails when the connection ends or the broker takes too long. */
  private next(link: Receiver | Sender, event: string): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (this.ended) return reject(this.ended);
      const fail = (error: Error): void => {
        clearTimeout(timer);
        this.waiting.delete(fail);
        reject(error);
      };
      const timer = setTimeout(() => {
        fail(new Error(`no ${event} within ${LINK_TIMEOUT_MS} ms`));
        this.end(new Error(`the broker did not answer (${event})`));
      }, LINK_TIMEOUT_MS);
      this.waiting.add(fail);
      link.once(event, () => {
        clearTimeout(timer);
        this.waiting.delete(fail);
        resolve();
      });
    });
  }

  private end(reason: Error): void {
    if (this.ended) return;
    this.ended = reason;
    for (const fail of [...this.waiting]) fail(reason);
    for (const sender of this.opened) sender.fail(reason);
    if (this.closing) return;
    this.onLost(reason);
    // Whatever still stands (a session, the socket) goes too; the channel opens a new connection.
    if (!this.connection.is_closed()) this.connection.close();
  }
}

function errorOf(event: string, detail: unknown): Error {
  const what = event.replace('_', ' ');
  if (detail instanceof Error) return new Error(`${what}: ${detail.message}`, { cause: detail });
  const context = detail as Partial<EventContext> | undefined;
  const cause =
    context?.error ??
    context?.receiver?.error ??
    context?.sender?.error ??
    context?.session?.error ??
    context?.connection?.error;
  const reason =
    cause instanceof Error ? cause.message : (cause?.description ?? cause?.condition ?? '');
  return new Error(reason === '' ? what : `${what}: ${reason}`);
}

function userOf(userId: unknown): string | undefined {
  const text = Buffer.isBuffer(userId) ? userId.toString('utf8') : userId;
  return typeof text === 'string' && text !== '' ? text : undefined;
}
