import { Controller, Get, HttpException, HttpStatus } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { CheckHealthUseCase } from './check-health.usecase';
import { HealthReportDto } from './dto/health-report.dto';

/**
 * No admin token here, on purpose: load balancers and monitoring systems poll this without
 * credentials. It tells only up or down per dependency (broker passwords redacted), no data.
 */
@ApiTags('monitoring')
@Controller('health')
export class HealthController {
  constructor(private readonly checkHealth: CheckHealthUseCase) {}

  @Get()
  @ApiOperation({ summary: 'Journal, Redis and each AMQP broker: up or down, and why' })
  @ApiOkResponse({ type: HealthReportDto, description: 'All up' })
  @ApiServiceUnavailableResponse({ type: HealthReportDto, description: 'Something is down' })
  async health(): Promise<HealthReportDto> {
    const report = await this.checkHealth.execute();
    // Thrown to get the 503 status; the body is the same report.
    if (report.status === 'down') throw new HttpException(report, HttpStatus.SERVICE_UNAVAILABLE);
    return report;
  }
}
