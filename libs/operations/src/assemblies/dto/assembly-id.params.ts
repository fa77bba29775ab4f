import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class AssemblyIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}
