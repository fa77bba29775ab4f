export * from './ingest-interchange.command';
export * from './ingest-result';
export { IngestInterchangeUseCase } from './ingest-interchange.usecase';
export { IngestModule } from './ingest.module';
export { quarantineContrlOf } from './quarantine-contrl.builder';
