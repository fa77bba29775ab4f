import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { createJournalDatabase } from './journal-database.factory';

// SQLite files; journal-database.factory.integration-spec.ts opens both back ends.

describe('createJournalDatabase', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'journal-factory-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('opens a SQLite file in WAL mode with foreign keys on, making its folder', async () => {
    const db = createJournalDatabase({
      kind: 'sqlite',
      filename: join(dir, 'data', 'journal.sqlite'),
    });
    try {
      const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
      const keys = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
      expect(mode.rows[0].journal_mode).toBe('wal');
      expect(keys.rows[0].foreign_keys).toBe(1);
    } finally {
      await db.destroy();
    }
  });

  it("checkpoints at SQLite's 1,000 WAL pages unless told how many", async () => {
    const usual = createJournalDatabase({ kind: 'sqlite', filename: join(dir, 'a.sqlite') });
    const gateway = createJournalDatabase({
      kind: 'sqlite',
      filename: join(dir, 'b.sqlite'),
      checkpointPages: 16_384,
    });
    try {
      const pages = async (db: typeof usual) =>
        (await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(db)).rows[0]
          .wal_autocheckpoint;
      expect(await pages(usual)).toBe(1000);
      expect(await pages(gateway)).toBe(16_384);
    } finally {
      await usual.destroy();
      await gateway.destroy();
    }
  });

  it('opens an in-memory SQLite database', async () => {
    const db = createJournalDatabase({ kind: 'sqlite', filename: ':memory:' });
    try {
      const { rows } = await sql<{ one: number }>`select 1 as one`.execute(db);
      expect(rows).toEqual([{ one: 1 }]);
    } finally {
      await db.destroy();
    }
  });
});
