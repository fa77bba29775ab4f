import { Kysely, Migration, sql } from 'kysely';
import { journalDialect } from '../database/journal-dialect';
import { oneOf } from './one-of.check';

const SUBJECT_TYPES_BEFORE = ['interchange', 'message', 'delivery'];
/** 'inbound': a file or message the channels took in but could not journal (quarantined). */
const SUBJECT_TYPES = [...SUBJECT_TYPES_BEFORE, 'inbound'];

/**
 * Ingest attempts of files and messages that failed or crashed, counted before each retry so a
 * crash still counts; and events about inbound things that never became an interchange.
 */
export const ingestAttemptsMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('ingest_attempts')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .addColumn('first_at', 'text', (c) => c.notNull())
      .addColumn('last_at', 'text', (c) => c.notNull())
      .addColumn('last_error', 'text')
      // Set when the thing was quarantined where it lies (a polled file): never tried again.
      .addColumn('quarantined_at', 'text')
      .execute();
    await allowSubjectTypes(db, SUBJECT_TYPES);
  },

  async down(db: Kysely<unknown>): Promise<void> {
    await sql`delete from events where subject_type = 'inbound'`.execute(db);
    await allowSubjectTypes(db, SUBJECT_TYPES_BEFORE);
    await db.schema.dropTable('ingest_attempts').execute();
  },
};

/** Replaces the CHECK on events.subject_type; SQLite cannot alter one, so it copies the table. */
async function allowSubjectTypes(db: Kysely<unknown>, types: readonly string[]): Promise<void> {
  const check = oneOf('subject_type', types);
  if (journalDialect(db) === 'postgres') {
    await db.schema.alterTable('events').dropConstraint('events_subject_type').execute();
    await db.schema.alterTable('events').addCheckConstraint('events_subject_type', check).execute();
    return;
  }
  await db.schema
    .createTable('events_next')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('detail', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addCheckConstraint('events_subject_type', check)
    .execute();
  await sql`insert into events_next (id, subject_type, subject_id, state, detail, at)
    select id, subject_type, subject_id, state, detail, at from events`.execute(db);
  // AUTOINCREMENT never gives an id twice: the copy takes over the high-water mark, not max(id).
  await sql`delete from sqlite_sequence where name = 'events_next'`.execute(db);
  await sql`insert into sqlite_sequence (name, seq)
    select 'events_next', seq from sqlite_sequence where name = 'events'`.execute(db);
  await db.schema.dropTable('events').execute();
  await db.schema.alterTable('events_next').renameTo('events').execute();
  await db.schema
    .createIndex('events_subject')
    .on('events')
    .columns(['subject_type', 'subject_id', 'at'])
    .execute();
}
