import { IsMatching, IsOneOf } from '../../validation/config.decorators';

export const DELIVERY_FORMATS = ['raw', 'json'] as const;
/** 'raw': the EDIFACT as received; 'json': the normalised JSON of the message. */
export type DeliveryFormat = (typeof DELIVERY_FORMATS)[number];

/** What every destination has; rules name destinations by `name`. */
export abstract class DestinationBaseConfig {
  @IsMatching(/^[A-Za-z0-9_.-]{1,64}$/, 'a name of 1 to 64 letters, digits, ., - or _')
  readonly name!: string;
  @IsOneOf(DELIVERY_FORMATS) readonly format!: DeliveryFormat;
}
