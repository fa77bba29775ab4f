import { ApiProperty } from '@nestjs/swagger';

/** A replay accepted: the delivery is pending again and a new job is on the queue. */
export class ReplayDeliveryResultDto {
  @ApiProperty() deliveryId!: string;
  @ApiProperty({ enum: ['pending'] }) status!: 'pending';
  @ApiProperty({ description: 'How many times this delivery has now been replayed' })
  replay!: number;
  @ApiProperty({ example: 'deliver-…-replay-1' }) jobId!: string;
}
