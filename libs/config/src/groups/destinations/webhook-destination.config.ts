import { IsOptional } from 'class-validator';
import { Describe } from '../../schema/describe.decorator';
import {
  IsIntegerInRange,
  IsOneOf,
  IsSecret,
  IsUrlWithProtocol,
} from '../../validation/config.decorators';
import { DestinationBaseConfig } from './destination-base.config';

@Describe('POSTs each message to an HTTP(S) endpoint, signed with a shared secret.')
export class WebhookDestinationConfig extends DestinationBaseConfig {
  @Describe('A webhook destination.') @IsOneOf(['webhook']) readonly kind!: 'webhook';
  @Describe('Endpoint URL.') @IsUrlWithProtocol(['https', 'http']) readonly url!: string;
  @Describe('HMAC-SHA256 key the receiver checks the signature with, at least 16 characters.')
  @IsSecret(16)
  readonly secret!: string;
  /** The whole request, from connecting to the answer's last byte. */
  @Describe('Timeout in milliseconds; default delivery.webhookTimeoutMs.')
  @IsOptional()
  @IsIntegerInRange(1)
  readonly timeoutMs?: number;
}
