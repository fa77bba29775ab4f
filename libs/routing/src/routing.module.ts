import { DynamicModule, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { DestinationConfig } from '@app/config';
import { DestinationRegistry } from './destination.registry';
import { RoutingRule } from './routing-rule';
import { RoutingRuleMatcher } from './rules/routing-rule.matcher';
import { DESTINATIONS } from './routing.tokens';

export interface RoutingModuleOptions {
  destinations: readonly DestinationConfig[];
  rules?: readonly RoutingRule[];
  airportCountries?: Readonly<Record<string, string>>;
}

/** Nest wiring: the destination registry (token DESTINATIONS, or its class) and the matcher. */
@Module({})
export class RoutingModule implements OnApplicationShutdown {
  constructor(@Inject(DESTINATIONS) private readonly destinations: DestinationRegistry) {}

  static forRoot(options: RoutingModuleOptions): DynamicModule {
    return {
      module: RoutingModule,
      providers: [
        {
          provide: DESTINATIONS,
          useFactory: () => DestinationRegistry.fromConfigs(options.destinations),
        },
        // Also by class, for constructors that inject the registry without @Inject.
        { provide: DestinationRegistry, useExisting: DESTINATIONS },
        {
          provide: RoutingRuleMatcher,
          useFactory: () => new RoutingRuleMatcher(options.rules ?? [], options.airportCountries),
        },
      ],
      exports: [DESTINATIONS, DestinationRegistry, RoutingRuleMatcher],
    };
  }

  /** Connections to brokers and keep-alive sockets would otherwise hold the process open. */
  onApplicationShutdown(): Promise<void> {
    return this.destinations.closeAll();
  }
}
