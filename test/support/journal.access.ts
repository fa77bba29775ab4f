import { PaxgateConfig } from '@app/config';
import { createJournalDatabase, Database } from '@app/journal';
import { Kysely } from 'kysely';

/** Opens the journal a suite's paxgate uses, beside it (as an operator's tool would), for `work`. */
export async function withJournalOf<T>(
  config: PaxgateConfig,
  work: (db: Kysely<Database>) => Promise<T>,
): Promise<T> {
  const { journal } = config;
  const db = createJournalDatabase(
    journal.kind === 'postgres'
      ? { kind: 'postgres', connectionString: journal.postgresUrl ?? '' }
      : { kind: 'sqlite', filename: journal.sqliteFile },
  );
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}
