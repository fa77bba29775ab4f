import { DynamicModule, Global, Module } from '@nestjs/common';
import { InspectionConfig } from '@app/config';
import { INTERCHANGE_INSPECTOR } from '@app/ingest';
import { RoleInspector } from './role.inspector';

/** Binds ingest's inspector port for the role being wired. */
@Global()
@Module({})
export class InspectionModule {
  static forRoot(config: InspectionConfig, threadScript: string | undefined): DynamicModule {
    const inspector = {
      provide: RoleInspector,
      useFactory: () => new RoleInspector(config, threadScript),
    };
    return {
      module: InspectionModule,
      providers: [inspector, { provide: INTERCHANGE_INSPECTOR, useExisting: RoleInspector }],
      exports: [INTERCHANGE_INSPECTOR],
    };
  }
}
