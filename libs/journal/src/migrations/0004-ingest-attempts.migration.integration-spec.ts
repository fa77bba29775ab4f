import { sql } from 'kysely';
import { BACK_ENDS, openTestJournal, TestJournal } from '../testing/test-journal';
import { journalMigrator } from './journal.migrator';

describe.each(BACK_ENDS)('0004-ingest-attempts on %s', (kind) => {
  let journal: TestJournal;
  beforeEach(async () => (journal = await openTestJournal(kind, false)));
  afterEach(() => journal.dispose());

  const insertEvent = (type: string, state = 'received') =>
    sql`insert into events (subject_type, subject_id, state, detail, at)
      values (${type}, 's', ${state}, null, ${new Date().toISOString()})`.execute(journal.db);
  const events = async () =>
    (
      await sql<{
        id: number;
        subject_type: string;
      }>`select id, subject_type from events order by id`.execute(journal.db)
    ).rows.map((r) => `${Number(r.id)}:${r.subject_type}`);

  /** The CHECK on events.subject_type as the database holds it. */
  const subjectTypeCheck = async (): Promise<string> => {
    const query =
      kind === 'sqlite'
        ? sql<{ text: string }>`select sql as text from sqlite_master where name = 'events'`
        : sql<{ text: string }>`select pg_get_constraintdef(oid) as text from pg_constraint
            where conname = 'events_subject_type'`;
    const { rows } = await query.execute(journal.db);
    return rows.map((r) => r.text).join('\n');
  };

  it("keeps every event, never gives an id again, allows 'inbound', and goes back down", async () => {
    const migrator = await journalMigrator(journal.db);
    expect((await migrator.migrateTo('0003-message-documents')).error).toBeUndefined();
    await insertEvent('message');
    await insertEvent('delivery');
    await insertEvent('interchange');
    await sql`delete from events where id = 3`.execute(journal.db);
    expect(await subjectTypeCheck()).not.toContain('inbound');

    expect((await migrator.migrateTo('0004-ingest-attempts')).error).toBeUndefined();
    expect(await subjectTypeCheck()).toContain('inbound');
    await insertEvent('inbound', 'quarantined');

    const after = await events();
    expect(after.slice(0, 2)).toEqual(['1:message', '2:delivery']);
    expect(after).toHaveLength(3);
    expect(Number(after[2]?.split(':')[0])).toBeGreaterThan(3);
    expect(after[2]).toMatch(/:inbound$/);

    expect((await migrator.migrateTo('0003-message-documents')).error).toBeUndefined();
    expect(await events()).toEqual(['1:message', '2:delivery']);
    expect(await subjectTypeCheck()).not.toContain('inbound');
    const tables = (await journal.db.introspection.getTables()).map((t) => t.name);
    expect(tables).not.toContain('ingest_attempts');
  });
});
