// class-transformer's @Type reads design-time metadata through the Reflect API.
import 'reflect-metadata';
import { Transform, Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { Describe } from '../schema/describe.decorator';
import { ItemsOneOf } from '../schema/items-one-of.decorator';
import { IsCodeMap, IsList } from '../validation/config.decorators';
import {
  DESTINATION_CLASSES,
  DestinationConfig,
  toDestinationInstance,
} from './destinations/destination.config';
import { RoutingRuleConfig } from './routing-rule.config';

/** Replaced as a whole by each source, never merged key by key. */
@Describe('Where validated messages go. Replaced as a whole.')
export class RoutingConfig {
  @Describe('Destinations, each discriminated by kind. Names are unique.')
  @IsList()
  @ValidateNested({ each: true })
  @Transform(({ value }: { value: unknown }) =>
    Array.isArray(value) ? value.map(toDestinationInstance) : value,
  )
  @ItemsOneOf(() => Object.values(DESTINATION_CLASSES))
  readonly destinations!: readonly DestinationConfig[];

  @Describe('Each message goes to the destinations of every rule it matches.')
  @IsList()
  @ValidateNested({ each: true })
  @Type(() => RoutingRuleConfig)
  readonly rules!: readonly RoutingRuleConfig[];

  @Describe('IATA airport code to ISO country code, for rules that match on countries.')
  @IsOptional()
  @IsCodeMap(/^[A-Z]{3}$/, /^[A-Z]{2}$/, 'IATA airport codes to ISO country codes')
  readonly airportCountries?: Readonly<Record<string, string>>;
}
