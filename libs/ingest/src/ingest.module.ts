import { Module } from '@nestjs/common';
import { CarriersModule } from '@app/carriers';
import { PipelineQueueModule } from '@app/pipeline';
import { CarrierJournalSync } from './carrier-journal.sync';
import { IngestInterchangeUseCase } from './ingest-interchange.usecase';

/** The ingest use case with what it needs: carriers, the journal (global) and the outbox port. */
@Module({
  imports: [CarriersModule, PipelineQueueModule],
  providers: [IngestInterchangeUseCase, CarrierJournalSync],
  exports: [IngestInterchangeUseCase],
})
export class IngestModule {}
