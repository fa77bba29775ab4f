export * from './database/database';
export * from './database/journal-database.config';
export { createJournalDatabase } from './database/journal-database.factory';
export { journalDatabaseOf } from './database/journal-database.settings';
export { journalDialect } from './database/journal-dialect';
export { inTransaction } from './database/in-transaction';
export { inDurableTransaction } from './database/durable-transaction';
export {
  JOURNAL_MIGRATIONS,
  JournalMigrationProvider,
} from './migrations/journal-migration.provider';
export {
  assertJournalMigrated,
  journalMigrator,
  migrateJournal,
  pendingJournalMigrations,
} from './migrations/journal.migrator';
export { JournalNotMigratedError } from './migrations/journal-not-migrated.error';
export * from './model/ack';
export * from './model/assembly';
export * from './model/carrier';
export * from './model/delivery';
export * from './model/finding';
export * from './model/interchange';
export * from './model/interchange-record';
export * from './model/interchange-query';
export * from './model/interchange-story';
export * from './model/journal-event';
export * from './model/message';
export * from './model/outbox-entry';
export { AckRepository } from './repositories/ack.repository';
export { AssemblyRepository } from './repositories/assembly.repository';
export { CarrierRepository } from './repositories/carrier.repository';
export { DeliveryRepository } from './repositories/delivery.repository';
export { DeliveryTransitionError } from './repositories/delivery-transition.error';
export { EventRepository, type EventSubjects } from './repositories/event.repository';
export { FindingRepository } from './repositories/finding.repository';
export { IngestAttemptRepository } from './repositories/ingest-attempt.repository';
export { InterchangeRepository } from './repositories/interchange.repository';
export { MessageRepository } from './repositories/message.repository';
export { OutboxRepository } from './repositories/outbox.repository';
export { contentDigest, deliveryIdempotencyKey } from './support/digest';
export { JournalWriter } from './writer/journal.writer';
export { JournalIngestStore } from './writer/journal-ingest.store';
export { JournalReader } from './reader/journal.reader';
export { JOURNAL_DATABASE } from './journal.tokens';
export { JournalModule, type JournalModuleOptions } from './journal.module';
