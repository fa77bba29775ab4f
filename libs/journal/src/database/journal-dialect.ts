import { Kysely, PostgresIntrospector, SqliteIntrospector } from 'kysely';
import { JournalDialect } from './journal-database.config';

/** Answers already given: `db.introspection` builds a new Kysely instance on every read. */
const known = new WeakMap<object, JournalDialect>();

/**
 * Which back end a Kysely instance talks to, read from its (public) introspector, so migrations
 * can pick the few column types the two dialects spell differently. Every journal transaction
 * asks, so the answer is kept per instance.
 */
export function journalDialect<DB>(db: Kysely<DB>): JournalDialect {
  let dialect = known.get(db);
  if (dialect === undefined) {
    dialect = dialectOf(db);
    known.set(db, dialect);
  }
  return dialect;
}

function dialectOf<DB>(db: Kysely<DB>): JournalDialect {
  const introspector = db.introspection;
  if (introspector instanceof SqliteIntrospector) return 'sqlite';
  if (introspector instanceof PostgresIntrospector) return 'postgres';
  throw new Error('The journal runs on SQLite or PostgreSQL only');
}
