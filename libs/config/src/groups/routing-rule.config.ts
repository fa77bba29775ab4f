// class-transformer's @Type reads design-time metadata through the Reflect API.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { Describe } from '../schema/describe.decorator';
import { IsListOf, IsNonEmptyString, IsSettingsObject } from '../validation/config.decorators';
import { RoutingMatchConfig } from './routing-match.config';

/** Sends every message that matches to each named destination. */
@Describe('One rule.')
export class RoutingRuleConfig {
  @Describe('Unique rule name.') @IsNonEmptyString() readonly name!: string;
  @IsSettingsObject()
  @ValidateNested()
  @Type(() => RoutingMatchConfig)
  readonly match!: RoutingMatchConfig;

  @Describe('Names of destinations.')
  @IsListOf(/^.+$/, 'destination names', { nonEmpty: true })
  readonly destinations!: readonly string[];
}
