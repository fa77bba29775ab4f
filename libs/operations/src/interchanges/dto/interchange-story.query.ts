import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';

const FLAGS = new Map<unknown, boolean>([
  ['1', true],
  ['true', true],
  ['0', false],
  ['false', false],
]);

/** `GET /v1/interchanges/:id` options. */
export class InterchangeStoryQuery {
  @ApiPropertyOptional({ enum: ['1', '0', 'true', 'false'], description: 'Add the bytes, base64' })
  @IsOptional()
  // Anything else stays as sent, and IsBoolean refuses it by name.
  @Transform(({ value }: { value: unknown }) => FLAGS.get(value) ?? value)
  @IsBoolean()
  raw?: boolean;
}
