import { ApiProperty } from '@nestjs/swagger';

/** One message going to one destination. */
export class DeliveryDto {
  @ApiProperty() id!: string;
  @ApiProperty() messageId!: string;
  @ApiProperty({ example: 'risk-engine' }) destination!: string;
  @ApiProperty({ enum: ['pending', 'delivering', 'delivered', 'failed', 'dead'] }) status!: string;
  @ApiProperty({ description: 'The attempt last started or failed (1-based)' }) attempts!: number;
  @ApiProperty({ type: String, nullable: true }) lastError!: string | null;
  @ApiProperty({ description: 'What the destination sees on every attempt and replay' })
  idempotencyKey!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) deliveredAt!: string | null;
}
