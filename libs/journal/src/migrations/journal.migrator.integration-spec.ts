import { NO_MIGRATIONS, sql } from 'kysely';
import { BACK_ENDS, openTestJournal, TestJournal } from '../testing/test-journal';
import { JOURNAL_MIGRATIONS } from './journal-migration.provider';
import { journalMigrator, migrateJournal } from './journal.migrator';

const TABLES = [
  'acks',
  'assemblies',
  'assembly_parts',
  'carrier_senders',
  'carriers',
  'deliveries',
  'events',
  'findings',
  'ingest_attempts',
  'interchanges',
  'message_documents',
  'messages',
  'outbox',
];

describe.each(BACK_ENDS)('migrateJournal on %s', (kind) => {
  let journal: TestJournal;
  beforeEach(async () => (journal = await openTestJournal(kind, false)));
  afterEach(() => journal.dispose());

  async function tableNames(): Promise<string[]> {
    const tables = await journal.db.introspection.getTables();
    return tables.map((t) => t.name).sort();
  }

  it('creates every table once, and a second run does nothing', async () => {
    const first = await migrateJournal(journal.db);
    const second = await migrateJournal(journal.db);

    expect(first.map((r) => [r.migrationName, r.status])).toEqual([
      ['0001-initial', 'Success'],
      ['0002-assemblies', 'Success'],
      ['0003-message-documents', 'Success'],
      ['0004-ingest-attempts', 'Success'],
    ]);
    expect(second).toEqual([]);
    expect(await tableNames()).toEqual(TABLES);
  });

  it('migrates down to nothing and up again', async () => {
    await migrateJournal(journal.db);
    const down = await (await journalMigrator(journal.db)).migrateTo(NO_MIGRATIONS);

    expect(down.error).toBeUndefined();
    expect(await tableNames()).toEqual([]);
    await migrateJournal(journal.db);
    expect(await tableNames()).toEqual(TABLES);
  });

  if (kind === 'postgres') {
    it("is not fooled by another schema's migration bookkeeping", async () => {
      await sql`create schema other`.execute(journal.db);
      const columns = sql`name varchar(255) primary key, timestamp varchar(255)`;
      await sql`create table other.kysely_migration (${columns})`.execute(journal.db);

      await migrateJournal(journal.db);
      const { rows } = await sql<{
        n: number;
      }>`select count(*) as n from public.kysely_migration`.execute(journal.db);
      expect(Number(rows[0].n)).toBe(Object.keys(JOURNAL_MIGRATIONS).length);
    });
  }
});
