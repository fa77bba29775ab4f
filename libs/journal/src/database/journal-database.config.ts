/** Where the journal lives: an embedded SQLite file (the default) or a PostgreSQL server. */
export type JournalDatabaseConfig =
  | {
      kind: 'sqlite';
      /** A file path, or ':memory:'. */
      filename: string;
      /**
       * WAL pages past which a commit on this connection also checkpoints (SQLite's default,
       * 1,000, when absent). The checkpoint runs in the committing thread.
       */
      checkpointPages?: number;
    }
  | { kind: 'postgres'; connectionString: string };

export type JournalDialect = JournalDatabaseConfig['kind'];
