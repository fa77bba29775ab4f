import { IsOneOf } from '../../validation/config.decorators';
import { DESTINATION_KINDS } from './destination-kind';

/** Stands in for a destination whose kind is not one we know, so only `kind` is reported. */
export class UnknownDestinationConfig {
  @IsOneOf(DESTINATION_KINDS) readonly kind!: unknown;
}
