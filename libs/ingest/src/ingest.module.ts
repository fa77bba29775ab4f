import { Module } from '@nestjs/common';
import { CarriersModule } from '@app/carriers';
import { CarrierJournalSync } from './carrier-journal.sync';
import { IngestInterchangeUseCase } from './ingest-interchange.usecase';

/**
 * The ingest use case with the carriers it checks senders against. Its ports (INGEST_JOURNAL,
 * INGEST_OUTBOX, INTERCHANGE_INSPECTOR) are bound, globally, where a role that ingests is wired.
 */
@Module({
  imports: [CarriersModule],
  providers: [IngestInterchangeUseCase, CarrierJournalSync],
  exports: [IngestInterchangeUseCase],
})
export class IngestModule {}
