import { MqInboundMessage } from '../mq/mq-connector.port';
import { Timeline } from './mq-timeline';

export class FakeMqMessage implements MqInboundMessage {
  /** Set when the message's link went with its connection: settling then throws. */
  gone = false;

  constructor(
    private readonly timeline: Timeline,
    readonly body: Buffer,
    readonly messageId: string | undefined = undefined,
    readonly userId: string | undefined = undefined,
    readonly redelivered = false,
  ) {}

  ack(): void {
    this.settle('ack');
  }

  requeue(): void {
    this.settle('requeue');
  }

  private settle(what: string): void {
    if (this.gone) throw new Error('Channel closed');
    this.timeline.push(what);
  }
}
