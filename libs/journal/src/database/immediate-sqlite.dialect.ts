import { Driver, SqliteDialect, SqliteDialectConfig } from 'kysely';
import { ImmediateSqliteDriver } from './immediate-sqlite.driver';

/** SQLite as Kysely speaks it, but with ImmediateSqliteDriver's transactions. */
export class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly settings: SqliteDialectConfig & { lockWaitMs?: number }) {
    super(settings);
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.settings);
  }
}
