import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ASSEMBLY_STATUSES } from './assembly.dto';

export class ListAssembliesQuery {
  @ApiPropertyOptional({ enum: ASSEMBLY_STATUSES })
  @IsOptional()
  @IsIn(ASSEMBLY_STATUSES)
  status?: (typeof ASSEMBLY_STATUSES)[number];
}
