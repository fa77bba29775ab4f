export * from './ingest-interchange.command';
export * from './ingest-result';
export { IngestInterchangeUseCase } from './ingest-interchange.usecase';
export { IngestModule } from './ingest.module';
export { INTERCHANGE_INSPECTOR, InterchangeInspector } from './interchange-inspector.port';
export { quarantineContrlOf } from './quarantine-contrl.builder';
