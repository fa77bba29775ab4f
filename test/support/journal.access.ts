import { PaxgateConfig } from '@app/config';
import { createJournalDatabase, Database } from '@app/journal';
import { Kysely, sql } from 'kysely';

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

/**
 * Makes the journal refuse every interchange with this UNB reference (a trigger that raises), so
 * that its ingest fails each time it is tried while the rest of the journal works.
 */
export function refuseInterchange(config: PaxgateConfig, reference: string): Promise<void> {
  const name = sql.raw(`refuse_${reference.replace(/\W/g, '_')}`);
  const matching = sql`new.control_reference = ${sql.lit(reference)}`;
  return withJournalOf(config, async (db) => {
    if (config.journal.kind === 'sqlite') {
      await sql`create trigger ${name} before insert on interchanges when ${matching}
        begin select raise(abort, 'refused by the test'); end`.execute(db);
      return;
    }
    await sql`create function ${name}() returns trigger language plpgsql as
      $$ begin raise exception 'refused by the test'; end $$`.execute(db);
    await sql`create trigger ${name} before insert on interchanges for each row
      when (${matching}) execute function ${name}()`.execute(db);
  });
}
