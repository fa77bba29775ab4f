import { ChannelModel, ConfirmChannel, Message, Options, SocketOptions } from 'amqplib';
import { DeliveryError } from '../delivery.error';

/** Opens an AMQP connection; injectable so a test can keep a handle on the connection it kills. */
export type AmqpConnect = (url: string, socketOptions: SocketOptions) => Promise<ChannelModel>;

export interface AmqpSessionTarget {
  url: string;
  exchange: string;
  /** Names the connection in the broker's UI and prefixes error messages. */
  label: string;
}

/**
 * One connection and its confirm channel. Once lost (closed by either side, or abandoned after
 * a missing confirm) it is never reused: the destination opens a fresh one.
 */
export class AmqpSession {
  /** Reply texts of messages the broker returned as unroutable, by messageId, until confirmed. */
  private readonly returns = new Map<string, string[]>();
  private lastError: Error | undefined;
  private lost = false;

  private constructor(
    private readonly model: ChannelModel,
    private readonly channel: ConfirmChannel,
    private readonly label: string,
    private readonly onLost: () => void,
  ) {
    // amqplib throws on an 'error' event with no listener; the 'close' that follows does the work.
    model.on('error', (error: Error) => (this.lastError = error));
    model.on('close', () => this.markLost());
    channel.on('error', (error: Error) => (this.lastError = error));
    channel.on('close', () => this.abandon());
    channel.on('return', (message: Message) => this.recordReturn(message));
  }

  static async open(
    connect: AmqpConnect,
    target: AmqpSessionTarget,
    onLost: () => void,
  ): Promise<AmqpSession> {
    const model = await connect(target.url, {
      clientProperties: { connection_name: target.label },
      timeout: 10_000,
    });
    // Listen before anything can fail: an unhandled 'error' event would crash the process.
    model.on('error', () => undefined);
    try {
      const session = new AmqpSession(
        model,
        await model.createConfirmChannel(),
        target.label,
        onLost,
      );
      await session.channel.assertExchange(target.exchange, 'topic', { durable: true });
      return session;
    } catch (error) {
      await model.close().catch(() => undefined);
      throw error;
    }
  }

  /** Publishes mandatory, and settles on the broker's confirm (or its absence). */
  publish(
    exchange: string,
    routingKey: string,
    body: Buffer,
    options: Options.Publish & { messageId: string },
    confirmTimeoutMs: number,
  ): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      let settled = false;
      const settle = (error?: DeliveryError): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (error) reject(error);
        else resolve();
      };
      const timer = setTimeout(() => {
        // A silent broker is most likely a dead socket amqplib has not noticed yet: start afresh.
        this.abandon();
        settle(this.error(`no publisher confirm within ${confirmTimeoutMs} ms`, true));
      }, confirmTimeoutMs);
      try {
        this.channel.publish(
          exchange,
          routingKey,
          body,
          { ...options, mandatory: true },
          (err: unknown) => {
            if (err) {
              const nacked = err instanceof Error && err.message === 'message nacked';
              return settle(
                this.error(
                  nacked ? 'the broker nacked the message' : this.closedReason(),
                  true,
                  err,
                ),
              );
            }
            const returned = this.takeReturn(options.messageId);
            if (returned !== undefined) {
              return settle(
                this.error(`unroutable (${returned}) with routing key ${routingKey}`, true),
              );
            }
            settle();
          },
        );
      } catch (error) {
        // RangeError: headers too large to encode, which no retry can change.
        const retryable = !(error instanceof RangeError);
        settle(this.error(retryable ? this.closedReason() : String(error), retryable, error));
      }
    });
  }

  async close(): Promise<void> {
    this.lost = true;
    await this.channel.close().catch(() => undefined);
    await this.model.close().catch(() => undefined);
  }

  /** Drops the session and closes its connection without waiting (it may never answer). */
  private abandon(): void {
    if (this.lost) return;
    this.markLost();
    this.model.close().catch(() => undefined);
  }

  private markLost(): void {
    if (this.lost) return;
    this.lost = true;
    this.onLost();
  }

  private recordReturn(message: Message): void {
    const messageId = String(message.properties.messageId);
    // basic.return carries replyCode and replyText, which amqplib's types do not declare.
    const fields = message.fields as unknown as { replyCode?: number; replyText?: string };
    const texts = this.returns.get(messageId) ?? [];
    texts.push(`${fields.replyCode ?? '?'} ${fields.replyText ?? 'returned'}`);
    this.returns.set(messageId, texts);
  }

  private takeReturn(messageId: string): string | undefined {
    const texts = this.returns.get(messageId);
    const text = texts?.shift();
    if (texts?.length === 0) this.returns.delete(messageId);
    return text;
  }

  private closedReason(): string {
    const reason = this.lastError ? `: ${this.lastError.message}` : '';
    return `connection or channel closed before the broker confirmed${reason}`;
  }

  private error(message: string, retryable: boolean, cause?: unknown): DeliveryError {
    return new DeliveryError(`${this.label}: ${message}`, retryable, { cause });
  }
}
