import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class InterchangeIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}
