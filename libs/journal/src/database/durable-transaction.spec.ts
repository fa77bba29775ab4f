import { sql } from 'kysely';
import { openTestJournal, TestJournal } from '../testing/test-journal';
import { inDurableTransaction } from './durable-transaction';

// On SQLite; durable-transaction.integration-spec.ts joins a transaction on both back ends.

const FULL = 2;
const NORMAL = 1;

async function synchronousLevel(journal: TestJournal['db']): Promise<number> {
  const { rows } = await sql<{ synchronous: number }>`pragma synchronous`.execute(journal);
  return rows[0].synchronous;
}

describe('inDurableTransaction on SQLite', () => {
  let journal: TestJournal;
  beforeEach(async () => (journal = await openTestJournal('sqlite')));
  afterEach(() => journal.dispose());

  it('commits at synchronous FULL and leaves the connection at NORMAL', async () => {
    expect(await synchronousLevel(journal.db)).toBe(NORMAL);
    const inside = await inDurableTransaction(journal.db, async (trx) => {
      await trx
        .insertInto('carriers')
        .values({ id: 'XX', name: 'x', created_at: new Date().toISOString() })
        .execute();
      return synchronousLevel(trx);
    });
    expect(inside).toBe(FULL);
    expect(await synchronousLevel(journal.db)).toBe(NORMAL);
    const rows = await journal.db.selectFrom('carriers').select('id').execute();
    expect(rows).toEqual([{ id: 'XX' }]);
  });

  it('rolls back, and resets the level, when the work fails', async () => {
    const failing = inDurableTransaction(journal.db, async (trx) => {
      await trx
        .insertInto('carriers')
        .values({ id: 'YY', name: 'y', created_at: new Date().toISOString() })
        .execute();
      throw new Error('bug');
    });
    await expect(failing).rejects.toThrow('bug');
    expect(await synchronousLevel(journal.db)).toBe(NORMAL);
    expect(await journal.db.selectFrom('carriers').select('id').execute()).toEqual([]);
  });

  it('keeps other transactions out until it has reset the level', async () => {
    const levels: number[] = [];
    let begun!: () => void;
    const durableBegun = new Promise<void>((resolve) => (begun = resolve));
    await Promise.all([
      inDurableTransaction(journal.db, async (trx) => {
        begun();
        // Yield to the other transaction; it must still wait for this one to finish.
        await new Promise((r) => setImmediate(r));
        levels.push(await synchronousLevel(trx));
      }),
      durableBegun.then(() =>
        journal.db.transaction().execute(async (trx) => {
          levels.push(await synchronousLevel(trx));
        }),
      ),
    ]);
    expect(levels).toEqual([FULL, NORMAL]);
  });
});
