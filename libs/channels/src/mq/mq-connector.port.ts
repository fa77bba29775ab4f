/** One message taken from a carrier's inbound queue and not yet settled with the broker. */
export interface MqInboundMessage {
  readonly body: Buffer;
  /** The publisher's message id (AMQP `message-id`), when it set one. */
  readonly messageId: string | undefined;
  /** The broker user the message says it was published as (AMQP `user-id`), when set. */
  readonly userId: string | undefined;
  /**
   * The broker delivered it before (AMQP 0-9-1 `redelivered`; AMQP 1.0 a `delivery-count` above
   * 0 or `first-acquirer` false): a try of it may have crashed paxgate, so this one is counted.
   */
  readonly redelivered: boolean;
  /** Settles the message as done, so the broker forgets it; throws once the link is gone. */
  ack(): void;
  /** Hands the message back to the broker for another delivery; throws once the link is gone. */
  requeue(): void;
}

/** The CONTRL going back to the carrier. */
export interface MqReply {
  readonly body: Buffer;
  readonly contentType: string;
  readonly correlationId: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** Where a reply is published: resolves once the broker has taken responsibility for it. */
export interface MqReplyPublisher {
  publish(queue: string, reply: MqReply): Promise<void>;
}

/** One live connection to the broker. Once lost it is never reused: the channel opens another. */
export interface MqConnection extends MqReplyPublisher {
  /**
   * Consumes a queue (declared durable where the broker lets a client declare it) with manual
   * settlement and at most `prefetch` unsettled messages.
   */
  consume(
    queue: string,
    prefetch: number,
    onMessage: (message: MqInboundMessage) => void,
  ): Promise<void>;
  /** Stops new deliveries; messages already delivered can still be settled and replied to. */
  cancelConsumers(): Promise<void>;
  close(): Promise<void>;
}

/** Opens broker connections in one protocol flavour (AMQP 0-9-1 or AMQP 1.0). */
export interface MqConnector {
  /** Names the protocol and broker in logs, without credentials. */
  readonly label: string;
  /**
   * Opens a connection; `onLost` is called at most once, after `open` resolved, when the broker
   * or the network ends the connection (never for `close`).
   */
  open(onLost: (reason: Error) => void): Promise<MqConnection>;
}

export const MQ_CONNECTOR = Symbol('MQ_CONNECTOR');
