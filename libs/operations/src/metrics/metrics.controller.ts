import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Registry } from 'prom-client';
import { JournalMetricsCollector } from './journal-metrics.collector';

/**
 * No admin token here, on purpose: Prometheus scrapes without credentials. It shows counts and
 * latencies only, nothing about any passenger, carrier or message.
 */
@ApiTags('monitoring')
@Controller('metrics')
export class MetricsController {
  constructor(private readonly collector: JournalMetricsCollector) {}

  @Get()
  @Header('Content-Type', Registry.PROMETHEUS_CONTENT_TYPE)
  @ApiOperation({
    summary: 'Prometheus metrics: interchanges, deliveries, ack and delivery latency',
  })
  @ApiProduces(Registry.PROMETHEUS_CONTENT_TYPE)
  @ApiOkResponse({ description: 'Prometheus text exposition format', type: String })
  metrics(): Promise<string> {
    return this.collector.metrics();
  }
}
