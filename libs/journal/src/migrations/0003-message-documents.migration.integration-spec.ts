import { sql } from 'kysely';
import { BACK_ENDS, openTestJournal, TestJournal } from '../testing/test-journal';
import { journalMigrator } from './journal.migrator';

describe.each(BACK_ENDS)('0003-message-documents on %s', (kind) => {
  let journal: TestJournal;
  beforeEach(async () => (journal = await openTestJournal(kind, false)));
  afterEach(() => journal.dispose());

  it("moves each message's JSON to message_documents, and back down", async () => {
    const migrator = await journalMigrator(journal.db);
    expect((await migrator.migrateTo('0002-assemblies')).error).toBeUndefined();
    const at = new Date().toISOString();
    await sql`insert into interchanges (id, carrier_id, channel, sender_id, recipient_id,
      control_reference, raw, sha256, size, test, outcome, received_at, duplicate_of)
      values ('i1', null, 'https', 'S', 'R', '1', ${Buffer.from('x')}, 'h', 1, 0, 'accepted', ${at}, null)`.execute(
      journal.db,
    );
    for (const [id, position, json] of [
      ['m1', 1, '{"a":1}'],
      ['m2', 2, null],
    ] as const) {
      await sql`insert into messages (id, interchange_id, position, type, reference, outcome,
        status, normalised) values (${id}, 'i1', ${position}, 'PAXLST', ${id}, 'accepted', 'accepted', ${json})`.execute(
        journal.db,
      );
    }

    expect((await migrator.migrateTo('0003-message-documents')).error).toBeUndefined();
    const moved = await sql<{
      message_id: string;
      normalised: string;
    }>`select message_id, normalised from message_documents`.execute(journal.db);
    expect(moved.rows).toEqual([{ message_id: 'm1', normalised: '{"a":1}' }]);
    const columns = (await journal.db.introspection.getTables())
      .find((t) => t.name === 'messages')
      ?.columns.map((c) => c.name);
    expect(columns).not.toContain('normalised');

    expect((await migrator.migrateTo('0002-assemblies')).error).toBeUndefined();
    const back = await sql<{
      id: string;
      normalised: string | null;
    }>`select id, normalised from messages order by id`.execute(journal.db);
    expect(back.rows).toEqual([
      { id: 'm1', normalised: '{"a":1}' },
      { id: 'm2', normalised: null },
    ]);
  });
});
