import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class HealthCheckResultDto {
  @ApiProperty({ example: 'journal' }) name!: string;
  @ApiProperty({ enum: ['up', 'down'] }) status!: 'up' | 'down';
  @ApiProperty({ description: 'How long the check took' }) durationMs!: number;
  @ApiPropertyOptional({ description: 'Why it is down' }) error?: string;
}
