import { DynamicModule, Inject, Module, OnApplicationShutdown, Provider } from '@nestjs/common';
import { Kysely } from 'kysely';
import { Database } from './database/database';
import { JournalDatabaseConfig } from './database/journal-database.config';
import { createJournalDatabase } from './database/journal-database.factory';
import { assertJournalMigrated, migrateJournal } from './migrations/journal.migrator';
import { JournalReader } from './reader/journal.reader';
import { AckRepository } from './repositories/ack.repository';
import { AssemblyRepository } from './repositories/assembly.repository';
import { CarrierRepository } from './repositories/carrier.repository';
import { DeliveryRepository } from './repositories/delivery.repository';
import { EventRepository } from './repositories/event.repository';
import { FindingRepository } from './repositories/finding.repository';
import { IngestAttemptRepository } from './repositories/ingest-attempt.repository';
import { InterchangeRepository } from './repositories/interchange.repository';
import { MessageRepository } from './repositories/message.repository';
import { OutboxRepository } from './repositories/outbox.repository';
import { JournalIngestStore } from './writer/journal-ingest.store';
import { JournalWriter } from './writer/journal.writer';
import { JOURNAL_DATABASE } from './journal.tokens';

export interface JournalModuleOptions {
  database: JournalDatabaseConfig;
  /**
   * true: bring the schema up to date at start. false: an operator runs `paxgate migrate`, and
   * the start fails (JournalNotMigratedError) while a migration is pending.
   */
  migrate: boolean;
}

/** Everything in the journal is a plain class over `Kysely<Database>`; each is its own token. */
const JOURNAL_CLASSES = [
  AckRepository,
  AssemblyRepository,
  CarrierRepository,
  DeliveryRepository,
  EventRepository,
  FindingRepository,
  IngestAttemptRepository,
  InterchangeRepository,
  MessageRepository,
  OutboxRepository,
  JournalWriter,
  JournalIngestStore,
  JournalReader,
];

/** Nest wiring for the journal: opens the database once and closes it at shutdown. */
@Module({})
export class JournalModule implements OnApplicationShutdown {
  constructor(@Inject(JOURNAL_DATABASE) private readonly db: Kysely<Database>) {}

  static forRoot(options: JournalModuleOptions): DynamicModule {
    const database: Provider = {
      provide: JOURNAL_DATABASE,
      useFactory: async (): Promise<Kysely<Database>> => {
        const db = createJournalDatabase(options.database);
        try {
          if (options.migrate) await migrateJournal(db);
          else await assertJournalMigrated(db);
          return db;
        } catch (error) {
          await db.destroy();
          throw error;
        }
      },
    };
    const classes = JOURNAL_CLASSES.map((type): Provider => ({
      provide: type,
      useFactory: (db: Kysely<Database>) => new type(db),
      inject: [JOURNAL_DATABASE],
    }));
    return {
      module: JournalModule,
      global: true,
      providers: [database, ...classes],
      exports: [JOURNAL_DATABASE, ...JOURNAL_CLASSES],
    };
  }

  /** Last of the shutdown hooks, so nothing else still needs the database. */
  onApplicationShutdown(): Promise<void> {
    return this.db.destroy();
  }
}
