import { IsOptional } from 'class-validator';
import { IsMatching, IsOneOf } from '../../validation/config.decorators';

export const DELIVERY_FORMATS = ['raw', 'json'] as const;
/** 'raw': the EDIFACT as received; 'json': the normalised JSON of the message. */
export type DeliveryFormat = (typeof DELIVERY_FORMATS)[number];

export const MULTIPART_DELIVERIES = ['interchange', 'list'] as const;
export type MultipartDelivery = (typeof MULTIPART_DELIVERIES)[number];

/** What every destination has; rules name destinations by `name`. */
export abstract class DestinationBaseConfig {
  @IsMatching(/^[A-Za-z0-9_.-]{1,64}$/, 'a name of 1 to 64 letters, digits, ., - or _')
  readonly name!: string;
  @IsOneOf(DELIVERY_FORMATS) readonly format!: DeliveryFormat;
  /**
   * A multi-part set to a `raw` destination: 'interchange' (default), its messages in order in
   * one interchange; 'list', the parts' interchanges as received, one after another.
   */
  @IsOptional() @IsOneOf(MULTIPART_DELIVERIES) readonly multipart?: MultipartDelivery;
}
