import { Global, Module } from '@nestjs/common';
import { INGEST_JOURNAL, INGEST_OUTBOX, IngestJournal, IngestOutbox } from '@app/ingest';
import { JournalIngestStore } from '@app/journal';
import { OUTBOX_DISPATCHER, OutboxDispatcher, PipelineQueueModule } from '@app/pipeline';

/**
 * Binds ingest's journal and outbox ports for a role whose channels ingest (the gateway; the
 * worker, for polled files): the journal's ingest store (JournalModule is global) and the
 * pipeline's BullMQ outbox dispatcher.
 */
@Global()
@Module({
  imports: [PipelineQueueModule],
  providers: [
    {
      provide: INGEST_JOURNAL,
      useFactory: (store: JournalIngestStore): IngestJournal => store,
      inject: [JournalIngestStore],
    },
    {
      provide: INGEST_OUTBOX,
      useFactory: (dispatcher: OutboxDispatcher): IngestOutbox => dispatcher,
      inject: [OUTBOX_DISPATCHER],
    },
  ],
  exports: [INGEST_JOURNAL, INGEST_OUTBOX],
})
export class IngestPortsModule {}
