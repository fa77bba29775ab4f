import SqliteDatabase from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { addCarrierRow, rejectionOf } from '../testing/journal.fixtures';
import { openTestJournal, TestJournal } from '../testing/test-journal';
import { Database } from './database';
import { ImmediateSqliteDialect } from './immediate-sqlite.dialect';

describe('ImmediateSqliteDriver', () => {
  it('holds the write lock from the start of a transaction, before its first write', async () => {
    const journal = await openTestJournal('sqlite');
    if (journal.config.kind !== 'sqlite') throw new Error('expected the SQLite journal');
    // A second handle, as another process would have; timeout 0: report a lock, do not wait.
    const other = new SqliteDatabase(journal.config.filename, { timeout: 0 });
    try {
      const seen = await journal.db.transaction().execute(async (trx) => {
        await trx.selectFrom('carriers').select('id').execute();
        try {
          other.exec('begin immediate');
          other.exec('rollback');
          return 'free';
        } catch (error) {
          return (error as { code?: string }).code;
        }
      });
      expect(seen).toBe('SQLITE_BUSY');
      // Once committed, the lock is free again.
      other.exec('begin immediate');
      other.exec('rollback');
    } finally {
      other.close();
      await journal.dispose();
    }
  });
});

describe('ImmediateSqliteDriver waiting for another handle', () => {
  let journal: TestJournal;
  let other: Kysely<Database>;
  let release: () => void;
  let firstDone: Promise<void>;

  /** A second handle on the file, as another process has, that waits `lockWaitMs` at most. */
  function openOther(lockWaitMs: number): Kysely<Database> {
    if (journal.config.kind !== 'sqlite') throw new Error('expected the SQLite journal');
    return new Kysely<Database>({
      dialect: new ImmediateSqliteDialect({
        database: new SqliteDatabase(journal.config.filename),
        lockWaitMs,
      }),
    });
  }

  beforeEach(async () => {
    journal = await openTestJournal('sqlite');
    const held = new Promise<void>((resolve) => (release = resolve));
    let begun!: () => void;
    const lockTaken = new Promise<void>((resolve) => (begun = resolve));
    // The journal's own handle takes the lock and keeps it across turns of the event loop.
    firstDone = journal.db.transaction().execute(async (trx) => {
      await addCarrierRow(trx, 'A1');
      begun();
      await held;
    });
    await lockTaken;
  });
  afterEach(async () => {
    release();
    await firstDone.catch(() => undefined);
    await other.destroy();
    await journal.dispose();
  });

  it('waits without holding up the event loop, and goes on when the lock is free', async () => {
    other = openOther(5000);
    const seen: string[] = [];
    const second = other.transaction().execute(async (trx) => {
      seen.push('second began');
      await addCarrierRow(trx, 'B2');
    });
    // Runs only if the waiting transaction leaves the event loop free; it frees the lock.
    setTimeout(() => {
      seen.push('timer ran');
      release();
    }, 20);
    await Promise.all([firstDone, second]);
    expect(seen).toEqual(['timer ran', 'second began']);
    const ids = await journal.db.selectFrom('carriers').select('id').orderBy('id').execute();
    expect(ids.map((row) => row.id)).toEqual(['A1', 'B2']);
  });

  it('gives up with SQLITE_BUSY when the lock is not freed in time', async () => {
    other = openOther(50);
    const startedAt = Date.now();
    const message = await rejectionOf(
      other.transaction().execute((trx) => addCarrierRow(trx, 'B2')),
    );
    expect(message).toBe('database is locked');
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(45);
    // The handle's statements outside transactions wait again in SQLite's own way.
    const { rows } = await sql<{ timeout: number }>`pragma busy_timeout`.execute(other);
    expect(rows[0].timeout).toBe(50);
  });
});
