import SqliteDatabase from 'better-sqlite3';
import { Kysely, LogEvent, sql } from 'kysely';
import { addCarrierRow } from '../testing/journal.fixtures';
import { openTestJournal, TestJournal } from '../testing/test-journal';
import { Database } from './database';
import { inDurableTransaction } from './durable-transaction';
import { ImmediateSqliteDialect } from './immediate-sqlite.dialect';
import { inTransaction } from './in-transaction';
import { MAX_BATCH } from './sqlite-commit.batcher';
import { StatementCachingDatabase } from './statement-caching.database';

const FULL = 2;
const NORMAL = 1;

describe('SqliteCommitBatcher', () => {
  let journal: TestJournal;
  let db: Kysely<Database>;
  let statements: string[];

  beforeEach(async () => {
    journal = await openTestJournal('sqlite');
    if (journal.config.kind !== 'sqlite') throw new Error('expected the SQLite journal');
    statements = [];
    // A handle of its own on the journal's file, with every statement it runs on record.
    db = new Kysely<Database>({
      dialect: new ImmediateSqliteDialect({
        database: new StatementCachingDatabase(new SqliteDatabase(journal.config.filename)),
      }),
      log: (event: LogEvent) => {
        statements.push(event.query.sql);
      },
    });
  });
  afterEach(async () => {
    await db.destroy();
    await journal.dispose();
  });

  const carriers = async () =>
    (await journal.db.selectFrom('carriers').select('id').orderBy('id').execute()).map(
      (row) => row.id,
    );

  it('commits transactions asked for together once, in the order asked', async () => {
    const order: string[] = [];
    const results = await Promise.all(
      ['A1', 'B2', 'C3'].map((id) =>
        inTransaction(db, async (trx) => {
          await addCarrierRow(trx, id);
          order.push(id);
          return id.toLowerCase();
        }),
      ),
    );
    expect(results).toEqual(['a1', 'b2', 'c3']);
    expect(order).toEqual(['A1', 'B2', 'C3']);
    expect(statements.filter((s) => s === 'begin immediate')).toHaveLength(1);
    expect(statements.filter((s) => s === 'commit')).toHaveLength(1);
    expect(await carriers()).toEqual(['A1', 'B2', 'C3']);
  });

  it('splits a burst into commits of at most MAX_BATCH transactions', async () => {
    const ids = Array.from({ length: MAX_BATCH + 6 }, (_, i) => `C${String(i).padStart(3, '0')}`);
    await Promise.all(ids.map((id) => inTransaction(db, (trx) => addCarrierRow(trx, id))));
    expect(statements.filter((s) => s === 'commit')).toHaveLength(2);
    expect(await carriers()).toEqual(ids);
  });

  it('commits transactions asked for in different turns of the event loop apart', async () => {
    await inTransaction(db, (trx) => addCarrierRow(trx, 'A1'));
    await inTransaction(db, (trx) => addCarrierRow(trx, 'B2'));
    expect(statements.filter((s) => s === 'commit')).toHaveLength(2);
    expect(await carriers()).toEqual(['A1', 'B2']);
  });

  it('rolls back and rejects a failing transaction alone; the others commit', async () => {
    const [first, failing, last] = await Promise.allSettled([
      inTransaction(db, (trx) => addCarrierRow(trx, 'A1')),
      inTransaction(db, async (trx) => {
        await addCarrierRow(trx, 'B2');
        throw new Error('bug in B2');
      }),
      inTransaction(db, (trx) => addCarrierRow(trx, 'C3')),
    ]);
    expect(first.status).toBe('fulfilled');
    expect(failing).toEqual({ status: 'rejected', reason: new Error('bug in B2') });
    expect(last.status).toBe('fulfilled');
    expect(await carriers()).toEqual(['A1', 'C3']);
  });

  it('rejects every transaction of a batch whose shared transaction ends early', async () => {
    const settled = await Promise.allSettled([
      inTransaction(db, (trx) => addCarrierRow(trx, 'A1')),
      inTransaction(db, async (trx) => {
        await addCarrierRow(trx, 'B2');
        // Ends the shared transaction under the batcher, as SQLite does after some I/O errors.
        await sql`rollback`.execute(trx);
      }),
      inTransaction(db, (trx) => addCarrierRow(trx, 'C3')),
    ]);
    expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(await carriers()).toEqual([]);
  });

  it('makes a batch durable if one of its transactions is, and leaves NORMAL after', async () => {
    const level = async (trx: Kysely<Database>) =>
      (await sql<{ synchronous: number }>`pragma synchronous`.execute(trx)).rows[0].synchronous;
    const levels = await Promise.all([
      inTransaction(db, level),
      inDurableTransaction(db, async (trx) => {
        await addCarrierRow(trx, 'A1');
        return level(trx);
      }),
    ]);
    expect(levels).toEqual([FULL, FULL]);
    expect(await level(db)).toBe(NORMAL);
    expect(await inTransaction(db, level)).toBe(NORMAL);
    expect(statements.filter((s) => s === 'commit')).toHaveLength(2);
  });
});
