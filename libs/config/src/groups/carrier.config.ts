// class-transformer's @Type reads design-time metadata through the Reflect API.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { Describe } from '../schema/describe.decorator';
import {
  IsListOf,
  IsMatching,
  IsNonEmptyString,
  IsSettingsObject,
} from '../validation/config.decorators';
import { CarrierMqConfig, CarrierSftpConfig } from './carrier-channels.config';

/** Also a file name (carriers/<id>.crt) and a certificate CN, hence the narrow alphabet. */
export const CARRIER_ID = /^[A-Za-z0-9_-]{1,35}$/;
export const CARRIER_ID_RULE = 'a carrier id of 1 to 35 letters, digits, - or _';

/** One airline allowed to send, the UNB sender ids it may use, and its channels. */
@Describe('One carrier, and the channels it may use besides HTTPS.')
export class CarrierConfig {
  @Describe('Unique carrier id; the CN of its client certificate.')
  @IsMatching(CARRIER_ID, CARRIER_ID_RULE)
  readonly id!: string;
  @Describe('Display name.') @IsNonEmptyString() readonly name!: string;
  @Describe('UNB sender ids (S002/0004) the carrier may use; each belongs to one carrier only.')
  @IsListOf(/^\S{1,35}$/, 'UNB sender ids (1 to 35 characters, no spaces)', { nonEmpty: true })
  readonly senders!: readonly string[];
  @IsOptional()
  @IsSettingsObject()
  @ValidateNested()
  @Type(() => CarrierMqConfig)
  readonly mq?: CarrierMqConfig;
  @IsOptional()
  @IsSettingsObject()
  @ValidateNested()
  @Type(() => CarrierSftpConfig)
  readonly sftp?: CarrierSftpConfig;
}
