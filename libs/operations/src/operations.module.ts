import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module, Provider } from '@nestjs/common';
import { JournalReader } from '@app/journal';
import { DELIVERY_QUEUE, ROUTING_QUEUE } from '@app/pipeline';
import { AssembliesController } from './assemblies/assemblies.controller';
import { ForceRouteAssemblyUseCase } from './assemblies/force-route-assembly.usecase';
import { AdminTokenGuard } from './auth/admin-token.guard';
import { DeliveriesController } from './deliveries/deliveries.controller';
import { ReplayDeliveryUseCase } from './deliveries/replay-delivery.usecase';
import { FlightsController } from './flights/flights.controller';
import { ReadFlightUseCase } from './flights/read-flight.usecase';
import { AmqpHealthIndicator } from './health/amqp.health-indicator';
import { CheckHealthUseCase } from './health/check-health.usecase';
import { HEALTH_INDICATORS, HealthIndicator } from './health/health-indicator';
import { HealthController } from './health/health.controller';
import { JournalHealthIndicator } from './health/journal.health-indicator';
import { RedisHealthIndicator } from './health/redis.health-indicator';
import { InterchangesController } from './interchanges/interchanges.controller';
import { ListInterchangesUseCase } from './interchanges/list-interchanges.usecase';
import { ReadInterchangeStoryUseCase } from './interchanges/read-interchange-story.usecase';
import { JournalMetricsCollector } from './metrics/journal-metrics.collector';
import { DEFAULT_METRICS_SETTLE_MS, METRICS_SETTLE_MS } from './metrics/metrics-settle.token';
import { MetricsController } from './metrics/metrics.controller';
import { OPERATIONS_OPTIONS, OperationsOptions } from './operations.options';

/**
 * The operations (status) API of the console: interchanges, flights, replay, multi-part
 * assemblies, health, metrics.
 *
 * Needs the global JournalModule and a `BullModule.forRoot` connection from the importer. The
 * delivery queue is registered here again, not taken from the importer: Nest scopes a
 * registered queue to the module that imports it, and BullModule shares the connection options.
 */
@Module({})
export class OperationsModule {
  static forRoot(options: OperationsOptions): DynamicModule {
    const indicators: Provider = {
      provide: HEALTH_INDICATORS,
      useFactory: (reader: JournalReader): HealthIndicator[] => [
        new JournalHealthIndicator(reader),
        new RedisHealthIndicator(options.health.redis.host, options.health.redis.port),
        ...options.health.amqpUrls.map((url) => new AmqpHealthIndicator(url)),
      ],
      inject: [JournalReader],
    };
    return {
      module: OperationsModule,
      imports: [BullModule.registerQueue({ name: DELIVERY_QUEUE }, { name: ROUTING_QUEUE })],
      controllers: [
        InterchangesController,
        FlightsController,
        DeliveriesController,
        AssembliesController,
        HealthController,
        MetricsController,
      ],
      providers: [
        { provide: OPERATIONS_OPTIONS, useValue: options },
        { provide: METRICS_SETTLE_MS, useValue: DEFAULT_METRICS_SETTLE_MS },
        indicators,
        AdminTokenGuard,
        ListInterchangesUseCase,
        ReadInterchangeStoryUseCase,
        ReadFlightUseCase,
        ReplayDeliveryUseCase,
        ForceRouteAssemblyUseCase,
        CheckHealthUseCase,
        JournalMetricsCollector,
      ],
      exports: [OPERATIONS_OPTIONS, JournalMetricsCollector],
    };
  }
}
