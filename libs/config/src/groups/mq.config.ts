import { IsOptional } from 'class-validator';
import { Describe } from '../schema/describe.decorator';
import { IsIntegerInRange, IsOneOf, IsUrlWithProtocol } from '../validation/config.decorators';

export const MQ_PROTOCOLS = ['amqp-0-9-1', 'amqp-1.0'] as const;
export type MqProtocol = (typeof MQ_PROTOCOLS)[number];

/** Relayed by SITA or ARINC; this group says where the broker is. */
@Describe(
  "The broker carriers' MQ traffic arrives on; each carrier names its queues in carriers[].mq.",
)
export class MqConfig {
  @Describe('Broker URL (amqp:// or amqps://, with credentials); null or absent: no MQ channel.')
  @IsOptional()
  @IsUrlWithProtocol(['amqp', 'amqps'])
  readonly url?: string;
  @Describe(
    "'amqp-0-9-1' (RabbitMQ) or 'amqp-1.0' (IBM MQ AMQP channel, ActiveMQ Artemis, Azure Service Bus, RabbitMQ's AMQP 1.0 plugin).",
  )
  @IsOneOf(MQ_PROTOCOLS)
  readonly protocol!: MqProtocol;
  @Describe('Unacknowledged messages held at once per carrier queue.')
  @IsIntegerInRange(1, 65535)
  readonly prefetch!: number;
  @Describe('First wait before reconnecting to a lost broker, in ms; doubles on each failure.')
  @IsIntegerInRange(1)
  readonly reconnectMinMs!: number;
  @Describe('Longest wait between reconnection attempts, in ms; at least reconnectMinMs.')
  @IsIntegerInRange(1)
  readonly reconnectMaxMs!: number;
}
