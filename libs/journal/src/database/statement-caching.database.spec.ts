import SqliteDatabase from 'better-sqlite3';
import { StatementCachingDatabase } from './statement-caching.database';

describe('StatementCachingDatabase', () => {
  let db: SqliteDatabase.Database;
  let sut: StatementCachingDatabase;

  beforeEach(() => {
    db = new SqliteDatabase(':memory:');
    db.exec('CREATE TABLE t (n INTEGER)');
    sut = new StatementCachingDatabase(db, 2);
  });

  afterEach(() => sut.close());

  it('hands back the same prepared statement for the same SQL', () => {
    const first = sut.prepare('INSERT INTO t (n) VALUES (?)');
    const again = sut.prepare('INSERT INTO t (n) VALUES (?)');

    expect(again).toBe(first);
    first.run([1]);
    again.run([2]);
    expect(sut.prepare('SELECT n FROM t ORDER BY n').all([])).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('drops the least recently used statement past its capacity', () => {
    const a = sut.prepare('SELECT 1 AS v');
    const b = sut.prepare('SELECT 2 AS v');
    sut.prepare('SELECT 1 AS v'); // a is now the most recent
    sut.prepare('SELECT 3 AS v'); // evicts b

    expect(sut.cached).toBe(2);
    expect(sut.prepare('SELECT 1 AS v')).toBe(a);
    expect(sut.prepare('SELECT 2 AS v')).not.toBe(b);
  });

  it('closes the database', () => {
    sut.close();

    expect(db.open).toBe(false);
    sut = new StatementCachingDatabase(new SqliteDatabase(':memory:'));
  });
});
