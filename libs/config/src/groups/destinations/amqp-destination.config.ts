import { IsOptional, IsString } from 'class-validator';
import { IsOneOf, IsUrlWithProtocol } from '../../validation/config.decorators';
import { DestinationBaseConfig } from './destination-base.config';

/** Publishes each message to an AMQP 0-9-1 (RabbitMQ) exchange; delivered once the broker confirms. */
export class AmqpDestinationConfig extends DestinationBaseConfig {
  @IsOneOf(['amqp']) readonly kind!: 'amqp';
  @IsUrlWithProtocol(['amqp', 'amqps']) readonly url!: string;
  /** '' is the broker's default exchange, where routingKey names the queue. */
  @IsString({ message: 'must be a string' }) readonly exchange!: string;
  /** Unset: `<messageType>.<carrier>`, lowercased. */
  @IsOptional() @IsString({ message: 'must be a string' }) readonly routingKey?: string;
}
