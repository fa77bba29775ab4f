import { IsOptional } from 'class-validator';
import { IsIntegerInRange, IsOneOf, IsUrlWithProtocol } from '../validation/config.decorators';

export const MQ_PROTOCOLS = ['amqp-0-9-1', 'amqp-1.0'] as const;
export type MqProtocol = (typeof MQ_PROTOCOLS)[number];

/**
 * The broker carriers' MQ traffic arrives on (relayed by SITA or ARINC). Each carrier names its
 * inbound and reply queues in its own record; this group says where the broker is.
 */
export class MqConfig {
  /** Unset: no MQ channel. */
  @IsOptional() @IsUrlWithProtocol(['amqp', 'amqps']) readonly url?: string;
  /** 'amqp-1.0' for IBM MQ's AMQP channel, ActiveMQ Artemis, Azure Service Bus. */
  @IsOneOf(MQ_PROTOCOLS) readonly protocol!: MqProtocol;
  /** Unacknowledged messages a consumer holds at once, per carrier queue. */
  @IsIntegerInRange(1, 65535) readonly prefetch!: number;
  /** First wait before reconnecting to a lost broker; doubles up to reconnectMaxMs. */
  @IsIntegerInRange(1) readonly reconnectMinMs!: number;
  @IsIntegerInRange(1) readonly reconnectMaxMs!: number;
}
