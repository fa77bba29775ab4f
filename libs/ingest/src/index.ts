export { IngestInterchangeCommand } from './ingest-interchange.command';
export { IngestResult } from './ingest-result';
export { IngestInterchangeUseCase, type IngestInterchange } from './ingest-interchange.usecase';
export { IngestModule } from './ingest.module';
export { INGEST_JOURNAL, type IngestJournal } from './ports/ingest-journal.port';
export { INGEST_OUTBOX, type IngestOutbox } from './ports/ingest-outbox.port';
export {
  INTERCHANGE_INSPECTOR,
  type InterchangeInspector,
} from './ports/interchange-inspector.port';
export { quarantineContrlOf } from './quarantine-contrl.builder';
