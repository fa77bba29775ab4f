import { ChannelModel, ConfirmChannel, connect, Options } from 'amqplib';

interface Session {
  model: ChannelModel;
  channel: ConfirmChannel;
}

export interface CarrierReply {
  correlationId: string | undefined;
  contentType: string | undefined;
  headers: Record<string, unknown>;
  /** The CONTRL, as text. */
  contrl: string;
}

/**
 * A carrier's side of the broker over AMQP 0-9-1: publishes interchanges with publisher confirms
 * and collects the CONTRLs from its reply queue. It survives the broker dropping its connection
 * (it reopens one and publishes again), as a carrier's MQ client would.
 */
export class MqCarrierClient {
  readonly replies: CarrierReply[] = [];
  private session: Promise<Session> | undefined;

  constructor(
    private readonly url: string,
    private readonly inboundQueue: string,
    private readonly replyQueue: string,
  ) {}

  /** Publishes persistently; retried on a new connection until the broker confirms it. */
  async publish(body: Buffer, properties: Options.Publish = {}, attempts = 20): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        const { channel } = await this.open();
        await new Promise<void>((resolve, reject) =>
          channel.sendToQueue(this.inboundQueue, body, { persistent: true, ...properties }, (e) =>
            e ? reject(e instanceof Error ? e : new Error(String(e))) : resolve(),
          ),
        );
        return;
      } catch (error) {
        this.forget();
        if (attempt >= attempts) throw error;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  /** Takes what is on the reply queue now; returns every reply taken so far. */
  async drainReplies(): Promise<CarrierReply[]> {
    try {
      const { channel } = await this.open();
      for (;;) {
        const message = await channel.get(this.replyQueue, { noAck: false });
        if (message === false) break;
        this.replies.push({
          correlationId: message.properties.correlationId as string | undefined,
          contentType: message.properties.contentType as string | undefined,
          headers: message.properties.headers ?? {},
          contrl: message.content.toString('latin1'),
        });
        channel.ack(message);
      }
    } catch {
      // Dropped by the broker mid-way: the next call reopens; what was not acked is still there.
      this.forget();
    }
    return this.replies;
  }

  /** Takes every message on `queue` now (another queue than the replies: the quarantine). */
  async take(queue: string): Promise<Array<{ body: Buffer; headers: Record<string, unknown> }>> {
    const { channel } = await this.open();
    const taken: Array<{ body: Buffer; headers: Record<string, unknown> }> = [];
    for (;;) {
      const message = await channel.get(queue, { noAck: true });
      if (message === false) return taken;
      taken.push({ body: message.content, headers: message.properties.headers ?? {} });
    }
  }

  /** Replies correlated to one message id. */
  repliesTo(messageId: string): CarrierReply[] {
    return this.replies.filter((r) => r.correlationId === messageId);
  }

  async close(): Promise<void> {
    const session = await this.session?.catch(() => undefined);
    this.session = undefined;
    await session?.model.close().catch(() => undefined);
  }

  /** Declares both queues durable, as paxgate does, so nothing published before it starts is lost. */
  async declareQueues(): Promise<void> {
    const { channel } = await this.open();
    await channel.assertQueue(this.inboundQueue, { durable: true });
    await channel.assertQueue(this.replyQueue, { durable: true });
  }

  private open(): Promise<Session> {
    if (this.session) return this.session;
    const session: Promise<Session> = (async () => {
      const model = await connect(this.url);
      model.on('error', () => undefined);
      model.on('close', () => this.forget(session));
      const channel = await model.createConfirmChannel();
      channel.on('error', () => undefined);
      channel.on('close', () => this.forget(session));
      return { model, channel };
    })();
    this.session = session;
    return session;
  }

  /** Drops a session that failed (only if it is still the current one) and closes it. */
  private forget(session: Promise<Session> | undefined = this.session): void {
    if (session === undefined) return;
    if (this.session === session) this.session = undefined;
    void session.then(
      ({ model }) => model.close().catch(() => undefined),
      () => undefined,
    );
  }
}
