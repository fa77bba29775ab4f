import { IsOptional } from 'class-validator';
import { IsBooleanValue, IsListOf } from '../validation/config.decorators';
import { CARRIER_ID } from './carrier.config';

/** What a rule matches; an absent criterion matches anything, all present ones must match. */
export class RoutingMatchConfig {
  /** UNH message types, e.g. PAXLST, PNRGOV. */
  @IsOptional()
  @IsListOf(/^[A-Z0-9]{1,6}$/, 'message types such as PAXLST or PNRGOV')
  readonly messageTypes?: readonly string[];
  @IsOptional() @IsListOf(CARRIER_ID, 'carrier ids') readonly carriers?: readonly string[];
  /** Departure or arrival airport of the flight (IATA). */
  @IsOptional()
  @IsListOf(/^[A-Z]{3}$/, 'IATA airport codes such as FRA')
  readonly airports?: readonly string[];
  /** Departure or arrival country of the flight (ISO 3166-1 alpha-2), via routing.airportCountries. */
  @IsOptional()
  @IsListOf(/^[A-Z]{2}$/, 'ISO country codes such as DE')
  readonly countries?: readonly string[];
  /** true: only test traffic (UNB test indicator); false: only live traffic. */
  @IsOptional() @IsBooleanValue() readonly test?: boolean;
}
