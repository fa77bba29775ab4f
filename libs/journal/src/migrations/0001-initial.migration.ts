import { Kysely, Migration, sql } from 'kysely';
import { journalDialect } from '../database/journal-dialect';
import { oneOf } from './one-of.check';

const OUTCOMES = ['accepted', 'rejected', 'duplicate'];

/** The journal's first schema: see database.ts for the column conventions. */
export const initialMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    const postgres = journalDialect(db) === 'postgres';
    const bytes = postgres ? 'bytea' : 'blob';

    await db.schema
      .createTable('carriers')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    // The sender identity is the key: one (sender, qualifier) belongs to one carrier only.
    await db.schema
      .createTable('carrier_senders')
      .addColumn('carrier_id', 'text', (c) =>
        c.notNull().references('carriers.id').onDelete('cascade'),
      )
      .addColumn('sender_id', 'text', (c) => c.notNull())
      .addColumn('qualifier', 'text', (c) => c.notNull().defaultTo(''))
      .addPrimaryKeyConstraint('carrier_senders_pk', ['sender_id', 'qualifier'])
      .execute();
    await db.schema
      .createIndex('carrier_senders_carrier')
      .on('carrier_senders')
      .column('carrier_id')
      .execute();

    await db.schema
      .createTable('interchanges')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('carrier_id', 'text', (c) => c.references('carriers.id'))
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('sender_id', 'text', (c) => c.notNull())
      .addColumn('recipient_id', 'text', (c) => c.notNull())
      .addColumn('control_reference', 'text', (c) => c.notNull())
      .addColumn('raw', bytes, (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('size', 'integer', (c) => c.notNull())
      .addColumn('test', 'smallint', (c) => c.notNull())
      .addColumn('outcome', 'text', (c) => c.notNull())
      .addColumn('received_at', 'text', (c) => c.notNull())
      .addColumn('duplicate_of', 'text', (c) => c.references('interchanges.id'))
      .addCheckConstraint('interchanges_test', oneOf('test', [0, 1]))
      .addCheckConstraint('interchanges_outcome', oneOf('outcome', OUTCOMES))
      .execute();
    await db.schema
      .createIndex('interchanges_sender_reference')
      .on('interchanges')
      .columns(['sender_id', 'control_reference'])
      .execute();
    await db.schema
      .createIndex('interchanges_sha256')
      .on('interchanges')
      .column('sha256')
      .execute();
    await db.schema
      .createIndex('interchanges_received_at')
      .on('interchanges')
      .column('received_at')
      .execute();
    await db.schema
      .createIndex('interchanges_carrier')
      .on('interchanges')
      .column('carrier_id')
      .execute();

    await db.schema
      .createTable('messages')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('interchange_id', 'text', (c) =>
        c.notNull().references('interchanges.id').onDelete('cascade'),
      )
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('reference', 'text', (c) => c.notNull())
      .addColumn('access_reference', 'text')
      .addColumn('part_number', 'integer')
      .addColumn('part_last', 'smallint')
      .addColumn('outcome', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('carrier_code', 'text')
      .addColumn('flight_number', 'text')
      .addColumn('departure_date', 'text')
      .addColumn('travellers_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('pnrs_count', 'integer', (c) => c.notNull().defaultTo(0))
      // Airports the message names (PAXLST LOC 125/87/92, PNRGOV TVL), space-separated, for routing.
      .addColumn('airports', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('normalised', 'text')
      .addUniqueConstraint('messages_position', ['interchange_id', 'position'])
      .addCheckConstraint('messages_outcome', oneOf('outcome', OUTCOMES))
      .execute();
    await db.schema
      .createIndex('messages_flight')
      .on('messages')
      .columns(['carrier_code', 'flight_number', 'departure_date'])
      .execute();
    await db.schema.createIndex('messages_status').on('messages').column('status').execute();
    // Multi-part assembly gathers the parts of a message by their common access reference.
    await db.schema
      .createIndex('messages_access_reference')
      .on('messages')
      .column('access_reference')
      .execute();

    await db.schema
      .createTable('findings')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('interchange_id', 'text', (c) =>
        c.notNull().references('interchanges.id').onDelete('cascade'),
      )
      .addColumn('message_id', 'text', (c) => c.references('messages.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('level', 'text', (c) => c.notNull())
      .addColumn('code', 'text')
      .addColumn('rule', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('location', 'text', (c) => c.notNull())
      .addCheckConstraint('findings_kind', oneOf('kind', ['syntax', 'quality']))
      .execute();
    await db.schema
      .createIndex('findings_interchange')
      .on('findings')
      .column('interchange_id')
      .execute();
    await db.schema.createIndex('findings_message').on('findings').column('message_id').execute();

    await db.schema
      .createTable('acks')
      .addColumn('interchange_id', 'text', (c) =>
        c.primaryKey().references('interchanges.id').onDelete('cascade'),
      )
      .addColumn('contrl', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('deliveries')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('message_id', 'text', (c) =>
        c.notNull().references('messages.id').onDelete('cascade'),
      )
      .addColumn('destination', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('last_error', 'text')
      .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('delivered_at', 'text')
      .addCheckConstraint(
        'deliveries_status',
        oneOf('status', ['pending', 'delivering', 'delivered', 'failed', 'dead']),
      )
      .execute();
    await db.schema
      .createIndex('deliveries_message')
      .on('deliveries')
      .column('message_id')
      .execute();
    await db.schema.createIndex('deliveries_status').on('deliveries').column('status').execute();

    await db.schema
      .createTable('outbox')
      .addColumn('message_id', 'text', (c) =>
        c.primaryKey().references('messages.id').onDelete('cascade'),
      )
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('enqueued_at', 'text')
      .execute();
    // The sweeper only ever looks for rows not yet enqueued; a partial index keeps that cheap.
    await db.schema
      .createIndex('outbox_pending')
      .on('outbox')
      .column('created_at')
      .where(sql.ref('enqueued_at'), 'is', null)
      .execute();

    await db.schema
      .createTable('events')
      .addColumn('id', postgres ? 'bigint' : 'integer', (c) =>
        postgres ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement(),
      )
      .addColumn('subject_type', 'text', (c) => c.notNull())
      .addColumn('subject_id', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('detail', 'text')
      .addColumn('at', 'text', (c) => c.notNull())
      .addCheckConstraint(
        'events_subject_type',
        oneOf('subject_type', ['interchange', 'message', 'delivery']),
      )
      .execute();
    await db.schema
      .createIndex('events_subject')
      .on('events')
      .columns(['subject_type', 'subject_id', 'at'])
      .execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    const tables = [
      'events',
      'outbox',
      'deliveries',
      'acks',
      'findings',
      'messages',
      'interchanges',
    ];
    for (const table of [...tables, 'carrier_senders', 'carriers']) {
      await db.schema.dropTable(table).execute();
    }
  },
};
