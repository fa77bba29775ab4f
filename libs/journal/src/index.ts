export { Database } from './database/database';

export { createJournalDatabase } from './database/journal-database.factory';
export { journalDatabaseOf } from './database/journal-database.settings';

export { JOURNAL_MIGRATIONS } from './migrations/journal-migration.provider';
export { assertJournalMigrated, migrateJournal } from './migrations/journal.migrator';

export {
  missingParts,
  AssemblyFinding,
  Assembly,
  AssemblyPart,
  OfferedPart,
} from './model/assembly';

export { Delivery } from './model/delivery';
export { FindingRecord } from './model/finding';
export { IngestChannel, InterchangeOutcome } from './model/interchange';
export {
  MessageRecord,
  InterchangeRecord,
  RecordedInterchange,
  InterchangeIdentity,
  IngestEntry,
} from './model/interchange-record';
export { InterchangeSummary } from './model/interchange-query';
export { InterchangeStory } from './model/interchange-story';
export { NewJournalEvent } from './model/journal-event';
export { FlightKey, MessageSummary } from './model/message';

export { AckRepository } from './repositories/ack.repository';
export { AssemblyRepository } from './repositories/assembly.repository';
export { CarrierRepository } from './repositories/carrier.repository';
export { DeliveryRepository } from './repositories/delivery.repository';
export { DeliveryTransitionError } from './repositories/delivery-transition.error';
export { EventRepository } from './repositories/event.repository';

export { IngestAttemptRepository } from './repositories/ingest-attempt.repository';
export { InterchangeRepository } from './repositories/interchange.repository';
export { MessageRepository } from './repositories/message.repository';
export { OutboxRepository } from './repositories/outbox.repository';
export { contentDigest } from './support/digest';
export { JournalWriter } from './writer/journal.writer';
export { JournalIngestStore } from './writer/journal-ingest.store';
export { JournalReader } from './reader/journal.reader';

export { JournalModule } from './journal.module';
