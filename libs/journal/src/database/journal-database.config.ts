/** Where the journal lives: an embedded SQLite file (the default) or a PostgreSQL server. */
export type JournalDatabaseConfig =
  | { kind: 'sqlite'; /** A file path, or ':memory:'. */ filename: string }
  | { kind: 'postgres'; connectionString: string };

export type JournalDialect = JournalDatabaseConfig['kind'];
