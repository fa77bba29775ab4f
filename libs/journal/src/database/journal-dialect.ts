import { Kysely, PostgresIntrospector, SqliteIntrospector } from 'kysely';
import { JournalDialect } from './journal-database.config';

/**
 * Which back end a Kysely instance talks to, read from its (public) introspector, so migrations
 * can pick the few column types the two dialects spell differently.
 */
export function journalDialect<DB>(db: Kysely<DB>): JournalDialect {
  if (db.introspection instanceof SqliteIntrospector) return 'sqlite';
  if (db.introspection instanceof PostgresIntrospector) return 'postgres';
  throw new Error('The journal runs on SQLite or PostgreSQL only');
}
