import { IsOptional } from 'class-validator';
import { Describe } from '../../schema/describe.decorator';
import { IsMatching, IsOneOf } from '../../validation/config.decorators';

export const DELIVERY_FORMATS = ['raw', 'json'] as const;
/** 'raw': the EDIFACT as received; 'json': the normalised JSON of the message. */
export type DeliveryFormat = (typeof DELIVERY_FORMATS)[number];

export const MULTIPART_DELIVERIES = ['interchange', 'list'] as const;
/** How a `raw` destination receives a multi-part set (see `multipart` below). */
export type MultipartDelivery = (typeof MULTIPART_DELIVERIES)[number];

/** What every destination has; rules name destinations by `name`. */
export abstract class DestinationBaseConfig {
  @Describe('Unique name that rules use to send here.')
  @IsMatching(/^[A-Za-z0-9_.-]{1,64}$/, 'a name of 1 to 64 letters, digits, ., - or _')
  readonly name!: string;
  @Describe("'raw': the EDIFACT as received; 'json': the normalised JSON of the message.")
  @IsOneOf(DELIVERY_FORMATS)
  readonly format!: DeliveryFormat;
  @Describe(
    "How a multi-part set reaches a raw destination: 'interchange' (default), its messages in part order inside one interchange; 'list', the parts' interchanges as received, one after another.",
  )
  @IsOptional()
  @IsOneOf(MULTIPART_DELIVERIES)
  readonly multipart?: MultipartDelivery;
}
