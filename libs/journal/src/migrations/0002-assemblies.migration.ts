import { Kysely, Migration, sql } from 'kysely';

const STATUSES = ['assembling', 'complete', 'incomplete', 'forced'];

/**
 * Multi-part messages: one row per set (carrier, type, UNH 0068) and one per part received.
 * Changes of a set's state are recorded as events of its part messages, so each part's story
 * tells what became of the whole.
 */
export const assembliesMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('assemblies')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('carrier', 'text', (c) => c.notNull())
      .addColumn('message_type', 'text', (c) => c.notNull())
      .addColumn('access_reference', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      // n, known once the part marked F has arrived.
      .addColumn('part_count', 'integer')
      .addColumn('opened_at', 'text', (c) => c.notNull())
      .addColumn('deadline_at', 'text', (c) => c.notNull())
      .addColumn('closed_at', 'text')
      // JSON list of findings about the set as a whole (missing parts, totals).
      .addColumn('findings', 'text', (c) => c.notNull().defaultTo('[]'))
      .addCheckConstraint(
        'assemblies_status',
        sql`${sql.ref('status')} in (${sql.join(STATUSES.map((s) => sql.lit(s)))})`,
      )
      .addUniqueConstraint('assemblies_key', ['carrier', 'message_type', 'access_reference'])
      .execute();
    await db.schema
      .createIndex('assemblies_open')
      .on('assemblies')
      .columns(['status', 'deadline_at'])
      .execute();

    await db.schema
      .createTable('assembly_parts')
      .addColumn('assembly_id', 'text', (c) =>
        c.notNull().references('assemblies.id').onDelete('cascade'),
      )
      .addColumn('part_number', 'integer', (c) => c.notNull())
      .addColumn('message_id', 'text', (c) =>
        c.notNull().unique().references('messages.id').onDelete('cascade'),
      )
      .addColumn('last', 'smallint', (c) => c.notNull())
      .addColumn('added_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('assembly_parts_pk', ['assembly_id', 'part_number'])
      .execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('assembly_parts').execute();
    await db.schema.dropTable('assemblies').execute();
  },
};
