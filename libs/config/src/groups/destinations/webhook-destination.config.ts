import { IsOptional } from 'class-validator';
import {
  IsIntegerInRange,
  IsOneOf,
  IsSecret,
  IsUrlWithProtocol,
} from '../../validation/config.decorators';
import { DestinationBaseConfig } from './destination-base.config';

/** POSTs each message to an HTTPS endpoint, signed with a shared secret. */
export class WebhookDestinationConfig extends DestinationBaseConfig {
  @IsOneOf(['webhook']) readonly kind!: 'webhook';
  @IsUrlWithProtocol(['https', 'http']) readonly url!: string;
  /** Key of the HMAC-SHA256 signature the receiver checks. */
  @IsSecret(16) readonly secret!: string;
  /** The whole request, from connecting to the answer's last byte. */
  @IsOptional() @IsIntegerInRange(1) readonly timeoutMs?: number;
}
