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

  it("keeps every event, never gives an id again, allows 'inbound', and goes back down", async () => {
    const migrator = await journalMigrator(journal.db);
    expect((await migrator.migrateTo('0003-message-documents')).error).toBeUndefined();
    await insertEvent('message');
    await insertEvent('delivery');
    await insertEvent('interchange');
    await sql`delete from events where id = 3`.execute(journal.db);
    await expect(insertEvent('inbound', 'quarantined')).rejects.toThrow(/check/i);

    expect((await migrator.migrateTo('0004-ingest-attempts')).error).toBeUndefined();
    await insertEvent('inbound', 'quarantined');

    const after = await events();
    expect(after.slice(0, 2)).toEqual(['1:message', '2:delivery']);
    expect(after).toHaveLength(3);
    expect(Number(after[2]?.split(':')[0])).toBeGreaterThan(3);
    expect(after[2]).toMatch(/:inbound$/);

    expect((await migrator.migrateTo('0003-message-documents')).error).toBeUndefined();
    expect(await events()).toEqual(['1:message', '2:delivery']);
    await expect(insertEvent('inbound', 'quarantined')).rejects.toThrow(/check/i);
    const tables = (await journal.db.introspection.getTables()).map((t) => t.name);
    expect(tables).not.toContain('ingest_attempts');
  });
});
