import { JournalConfig } from '@app/config';
import { assertJournalMigrated, createJournalDatabase, journalDatabaseOf } from '@app/journal';

/**
 * With journal.migrate false, fails fast, in one line, when the journal is behind this version
 * (each role's JournalModule would refuse it too, but inside Nest's start-up, with a stack).
 */
export async function probeJournalMigrated(journal: JournalConfig): Promise<void> {
  if (journal.migrate) return;
  const db = createJournalDatabase(journalDatabaseOf(journal));
  try {
    await assertJournalMigrated(db);
  } finally {
    await db.destroy();
  }
}
