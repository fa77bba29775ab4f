import { Migration, MigrationProvider } from 'kysely';
import { initialMigration } from './0001-initial.migration';
import { assembliesMigration } from './0002-assemblies.migration';
import { messageDocumentsMigration } from './0003-message-documents.migration';
import { ingestAttemptsMigration } from './0004-ingest-attempts.migration';

/**
 * The journal's migrations, listed in code rather than globbed from a folder, so they survive
 * being bundled by webpack. Names sort in the order they run; never rename or remove one.
 */
export const JOURNAL_MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-initial': initialMigration,
  '0002-assemblies': assembliesMigration,
  '0003-message-documents': messageDocumentsMigration,
  '0004-ingest-attempts': ingestAttemptsMigration,
};

export class JournalMigrationProvider implements MigrationProvider {
  getMigrations(): Promise<Record<string, Migration>> {
    return Promise.resolve({ ...JOURNAL_MIGRATIONS });
  }
}
