import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import type { InterchangeOutcome } from '@app/journal';
import { FLIGHT_FILTER, upperCased } from '../../common/flight-designator';

export const INTERCHANGE_OUTCOMES: readonly InterchangeOutcome[] = [
  'accepted',
  'rejected',
  'duplicate',
];
export const MAX_LIST_LIMIT = 500;
export const DEFAULT_LIST_LIMIT = 100;

/** `GET /v1/interchanges` filters; they combine. */
export class ListInterchangesQuery {
  @ApiPropertyOptional({ description: 'Carrier id, as configured', example: 'lufthansa' })
  @IsOptional()
  @MaxLength(64)
  @Matches(/^[A-Za-z0-9_-]+$/, {
    message: 'carrier must be a carrier id (letters, digits, - or _)',
  })
  carrier?: string;

  @ApiPropertyOptional({ enum: INTERCHANGE_OUTCOMES, description: 'Outcome at ingest' })
  @IsOptional()
  @IsIn(INTERCHANGE_OUTCOMES)
  status?: InterchangeOutcome;

  @ApiPropertyOptional({ format: 'date-time', description: 'Received at or after (ISO 8601)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'Received before (ISO 8601, exclusive)',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({
    description: 'Flight, with or without its date',
    example: 'LH400/2026-11-28',
  })
  @IsOptional()
  @Transform(upperCased)
  @Matches(FLIGHT_FILTER, { message: 'flight must look like LH400 or LH400/2026-11-28' })
  flight?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_LIST_LIMIT, default: DEFAULT_LIST_LIMIT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_LIST_LIMIT)
  limit?: number;
}
