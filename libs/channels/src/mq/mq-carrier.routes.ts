import { CarrierConfig, MqConfig } from '@app/config';

/** One carrier's MQ queues: where its interchanges arrive and where its CONTRLs go. */
export interface MqRoute {
  readonly carrierId: string;
  readonly inboundQueue: string;
  readonly replyQueue: string;
  /** When set, the AMQP `user-id` a message must carry to count as this carrier's. */
  readonly user?: string;
}

export function mqRoutesOf(carriers: readonly CarrierConfig[]): MqRoute[] {
  return carriers.flatMap((c) =>
    c.mq
      ? [
          {
            carrierId: c.id,
            inboundQueue: c.mq.inboundQueue,
            replyQueue: c.mq.replyQueue,
            ...(c.mq.user !== undefined ? { user: c.mq.user } : {}),
          },
        ]
      : [],
  );
}

/** The gateway runs the MQ channel only with a broker to go to and some carrier on it. */
export function mqChannelEnabled(config: {
  mq: MqConfig;
  carriers: readonly CarrierConfig[];
}): boolean {
  return config.mq.url !== undefined && mqRoutesOf(config.carriers).length > 0;
}
