// class-transformer's @Type reads design-time metadata through the Reflect API.
import 'reflect-metadata';
import { Transform, Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { IsCodeMap, IsList } from '../validation/config.decorators';
import { DestinationConfig, toDestinationInstance } from './destinations/destination.config';
import { RoutingRuleConfig } from './routing-rule.config';

/** Where validated messages go. Replaced as a whole by each source, never merged key by key. */
export class RoutingConfig {
  @IsList()
  @ValidateNested({ each: true })
  @Transform(({ value }: { value: unknown }) =>
    Array.isArray(value) ? value.map(toDestinationInstance) : value,
  )
  readonly destinations!: readonly DestinationConfig[];

  @IsList()
  @ValidateNested({ each: true })
  @Type(() => RoutingRuleConfig)
  readonly rules!: readonly RoutingRuleConfig[];

  /** Airport (IATA) to country (ISO alpha-2), for rules that match on countries. */
  @IsOptional()
  @IsCodeMap(/^[A-Z]{3}$/, /^[A-Z]{2}$/, 'IATA airport codes to ISO country codes')
  readonly airportCountries?: Readonly<Record<string, string>>;
}
