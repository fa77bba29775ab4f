import { IsOptional, IsString } from 'class-validator';
import { Describe } from '../../schema/describe.decorator';
import { IsOneOf, IsUrlWithProtocol } from '../../validation/config.decorators';
import { DestinationBaseConfig } from './destination-base.config';

/** Delivered once the broker confirms (publisher confirms). */
@Describe('Publishes each message to an AMQP 0-9-1 (RabbitMQ) exchange.')
export class AmqpDestinationConfig extends DestinationBaseConfig {
  @Describe('An AMQP destination.') @IsOneOf(['amqp']) readonly kind!: 'amqp';
  @Describe('Broker URL.') @IsUrlWithProtocol(['amqp', 'amqps']) readonly url!: string;
  @Describe("Exchange; '' for the default exchange, where routingKey names the queue.")
  @IsString({ message: 'must be a string' })
  readonly exchange!: string;
  @Describe('Routing key; absent: <messageType>.<carrier>, lowercased.')
  @IsOptional()
  @IsString({ message: 'must be a string' })
  readonly routingKey?: string;
}
