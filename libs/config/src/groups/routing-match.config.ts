import { IsOptional } from 'class-validator';
import { Describe } from '../schema/describe.decorator';
import { IsBooleanValue, IsListOf } from '../validation/config.decorators';
import { CARRIER_ID } from './carrier.config';

@Describe('Criteria; an absent one matches anything, all present ones must match.')
export class RoutingMatchConfig {
  @Describe('UNH message types, e.g. PAXLST, PNRGOV.')
  @IsOptional()
  @IsListOf(/^[A-Z0-9]{1,6}$/, 'message types such as PAXLST or PNRGOV')
  readonly messageTypes?: readonly string[];
  @Describe('Carrier ids.')
  @IsOptional()
  @IsListOf(CARRIER_ID, 'carrier ids')
  readonly carriers?: readonly string[];
  @Describe("IATA codes of the flight's departure or arrival airport.")
  @IsOptional()
  @IsListOf(/^[A-Z]{3}$/, 'IATA airport codes such as FRA')
  readonly airports?: readonly string[];
  /** Matched through routing.airportCountries. */
  @Describe(
    "ISO 3166-1 alpha-2 codes of the flight's departure or arrival country (see airportCountries).",
  )
  @IsOptional()
  @IsListOf(/^[A-Z]{2}$/, 'ISO country codes such as DE')
  readonly countries?: readonly string[];
  @Describe('true: only test traffic (UNB test indicator); false: only live traffic.')
  @IsOptional()
  @IsBooleanValue()
  readonly test?: boolean;
}
