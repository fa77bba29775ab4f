import { sql } from 'kysely';
import { BACK_ENDS, openTestJournal } from '../testing/test-journal';
import { journalDialect } from './journal-dialect';

describe.each(BACK_ENDS)('journal database on %s', (kind) => {
  it('knows its dialect and reads bigint as a number', async () => {
    const journal = await openTestJournal(kind, false);
    try {
      expect(journalDialect(journal.db)).toBe(kind);
      const { rows } = await sql<{
        n: unknown;
      }>`select cast(9007199254740991 as bigint) as n`.execute(journal.db);
      expect(rows[0].n).toBe(Number.MAX_SAFE_INTEGER);
    } finally {
      await journal.dispose();
    }
  });
});
