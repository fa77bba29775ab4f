import { Module } from '@nestjs/common';
import { CARRIERS_CONFIG, CarrierConfig } from '@app/config';
import { CarrierRegistry } from './registry/carrier.registry';

/** Provides the CarrierRegistry from the `carriers` configuration (PaxgateConfigModule is global). */
@Module({
  providers: [
    {
      provide: CarrierRegistry,
      useFactory: (carriers: readonly CarrierConfig[]) => new CarrierRegistry(carriers),
      inject: [CARRIERS_CONFIG],
    },
  ],
  exports: [CarrierRegistry],
})
export class CarriersModule {}
