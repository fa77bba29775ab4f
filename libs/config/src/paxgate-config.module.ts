import { DynamicModule, Module, Provider } from '@nestjs/common';
import { loadConfig } from './loading/load-config';
import { PaxgateConfig } from './paxgate.config';
import { GROUP_TOKENS, PAXGATE_CONFIG } from './paxgate-config.tokens';

/**
 * Provides the configuration and each of its groups by token, globally.
 *
 * Not built on @nestjs/config: its ConfigService reads values by string path (`get('gateway.port')`)
 * and loads .env files itself, while loadConfig already yields one typed, validated, frozen object;
 * a `useValue`-style provider per group is all the injection we need and keeps loading testable
 * without Nest.
 */
@Module({})
export class PaxgateConfigModule {
  /** Without `config`, loads it (once, when the application starts) with loadConfig(). */
  static forRoot(config?: PaxgateConfig): DynamicModule {
    const whole: Provider = { provide: PAXGATE_CONFIG, useFactory: () => config ?? loadConfig() };
    const groups = (Object.keys(GROUP_TOKENS) as (keyof PaxgateConfig)[]).map(
      (group): Provider => ({
        provide: GROUP_TOKENS[group],
        useFactory: (loaded: PaxgateConfig) => loaded[group],
        inject: [PAXGATE_CONFIG],
      }),
    );
    return {
      module: PaxgateConfigModule,
      global: true,
      providers: [whole, ...groups],
      exports: [PAXGATE_CONFIG, ...Object.values(GROUP_TOKENS)],
    };
  }
}
