import { Module } from '@nestjs/common';
import { IngestAttemptRepository } from '@app/journal';
import { INGEST_ATTEMPTS, IngestAttemptsPort } from './ingest-attempts.port';
import { PoisonQuarantinePolicy } from './poison-quarantine.policy';

/** The quarantine policy over the journal's attempt counts (JournalModule is global). */
@Module({
  providers: [
    PoisonQuarantinePolicy,
    {
      provide: INGEST_ATTEMPTS,
      useFactory: (journal: IngestAttemptRepository): IngestAttemptsPort => journal,
      inject: [IngestAttemptRepository],
    },
  ],
  exports: [PoisonQuarantinePolicy],
})
export class QuarantineModule {}
