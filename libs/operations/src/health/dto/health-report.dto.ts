import { ApiProperty } from '@nestjs/swagger';
import { HealthCheckResultDto } from './health-check-result.dto';

/** Up when every dependency is; served with 200 when up, 503 when not. */
export class HealthReportDto {
  @ApiProperty({ enum: ['up', 'down'] }) status!: 'up' | 'down';
  @ApiProperty({ type: [HealthCheckResultDto] }) checks!: HealthCheckResultDto[];
}
