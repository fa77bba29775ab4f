import { Kysely, Migration, sql } from 'kysely';

/**
 * Each message's normalised JSON moves to a table of its own. A message's row is updated as it
 * is routed and delivered; with the JSON in it, SQLite rewrote the JSON's pages every time.
 */
export const messageDocumentsMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('message_documents')
      .addColumn('message_id', 'text', (c) =>
        c.primaryKey().references('messages.id').onDelete('cascade'),
      )
      .addColumn('normalised', 'text', (c) => c.notNull())
      .execute();
    await sql`insert into message_documents (message_id, normalised)
      select id, normalised from messages where normalised is not null`.execute(db);
    await db.schema.alterTable('messages').dropColumn('normalised').execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('messages').addColumn('normalised', 'text').execute();
    await sql`update messages set normalised =
      (select d.normalised from message_documents d where d.message_id = messages.id)`.execute(db);
    await db.schema.dropTable('message_documents').execute();
  },
};
