import SqliteDatabase from 'better-sqlite3';
import { openTestJournal } from '../testing/test-journal';

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
