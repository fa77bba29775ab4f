import { MqConnection, MqInboundMessage, MqReply } from '../mq/mq-connector.port';
import { Timeline } from './mq-timeline';

export class FakeMqConnection implements MqConnection {
  readonly consumers = new Map<
    string,
    { prefetch: number; deliver: (m: MqInboundMessage) => void }
  >();
  readonly published: Array<{ queue: string; reply: MqReply }> = [];
  /** When set, `publish` rejects with it (a reply the broker did not confirm). */
  publishError: Error | undefined;
  closed = false;

  constructor(
    private readonly timeline: Timeline,
    private readonly onLost: (reason: Error) => void,
  ) {}

  consume(queue: string, prefetch: number, deliver: (m: MqInboundMessage) => void): Promise<void> {
    this.consumers.set(queue, { prefetch, deliver });
    return Promise.resolve();
  }

  publish(queue: string, reply: MqReply): Promise<void> {
    this.timeline.push(`publish ${queue}`);
    if (this.publishError) return Promise.reject(this.publishError);
    this.published.push({ queue, reply });
    return Promise.resolve();
  }

  cancelConsumers(): Promise<void> {
    this.timeline.push('cancel');
    return Promise.resolve();
  }

  close(): Promise<void> {
    if (!this.closed) this.timeline.push('close');
    this.closed = true;
    return Promise.resolve();
  }

  deliver(queue: string, message: MqInboundMessage): void {
    const consumer = this.consumers.get(queue);
    if (!consumer) throw new Error(`nobody consumes ${queue}`);
    consumer.deliver(message);
  }

  /** The broker drops the connection. */
  drop(): void {
    this.onLost(new Error('CONNECTION_FORCED - broker forced connection closure'));
  }
}
