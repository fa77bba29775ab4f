import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class DeliveryIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}
