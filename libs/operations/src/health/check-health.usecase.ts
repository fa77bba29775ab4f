import { Inject, Injectable } from '@nestjs/common';
import { HealthCheckResultDto } from './dto/health-check-result.dto';
import { HealthReportDto } from './dto/health-report.dto';
import { HEALTH_INDICATORS, HealthIndicator } from './health-indicator';

/** Short: a monitor polls often and must hear "down" before it gives up on us. */
export const HEALTH_CHECK_TIMEOUT_MS = 2000;

/** Checks every dependency at once and reports each, so one slow one does not hide the rest. */
@Injectable()
export class CheckHealthUseCase {
  constructor(@Inject(HEALTH_INDICATORS) private readonly indicators: readonly HealthIndicator[]) {}

  async execute(): Promise<HealthReportDto> {
    const checks = await Promise.all(this.indicators.map((i) => this.run(i)));
    return { status: checks.every((c) => c.status === 'up') ? 'up' : 'down', checks };
  }

  private async run(indicator: HealthIndicator): Promise<HealthCheckResultDto> {
    const started = Date.now();
    try {
      await indicator.check(HEALTH_CHECK_TIMEOUT_MS);
      return { name: indicator.name, status: 'up', durationMs: Date.now() - started };
    } catch (error) {
      return {
        name: indicator.name,
        status: 'down',
        durationMs: Date.now() - started,
        error: error instanceof Error ? error.message || error.name : String(error),
      };
    }
  }
}
