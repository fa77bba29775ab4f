import { Kysely } from 'kysely';
import { Database } from '../database/database';
import { inTransaction } from '../database/in-transaction';
import { OutboxEntry } from '../model/outbox-entry';
import { chunks } from '../support/chunks';
import { fromIsoTime, isoTime } from '../support/journal-time';

/**
 * Messages committed for delivery but perhaps not yet queued. Ingest enqueues right after the
 * commit; the sweeper re-enqueues whatever a crash left behind in between.
 */
export class OutboxRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async add(messageIds: readonly string[], at: Date = new Date()): Promise<void> {
    const createdAt = isoTime(at);
    for (const batch of chunks(messageIds)) {
      await this.db
        .insertInto('outbox')
        .values(
          batch.map((messageId) => ({
            message_id: messageId,
            created_at: createdAt,
            enqueued_at: null,
          })),
        )
        .execute();
    }
  }

  /**
   * Entries not yet enqueued that were committed at least `olderThanMs` ago, oldest first. The
   * age keeps the sweeper off entries whose ingest is still about to enqueue them itself.
   */
  async pendingOutbox(olderThanMs: number, limit = 500): Promise<OutboxEntry[]> {
    const cutoff = isoTime(new Date(Date.now() - olderThanMs));
    const rows = await this.db
      .selectFrom('outbox')
      .select(['message_id', 'created_at'])
      .where('enqueued_at', 'is', null)
      .where('created_at', '<=', cutoff)
      .orderBy('created_at')
      .orderBy('message_id')
      .limit(limit)
      .execute();
    return rows.map((row) => ({
      messageId: row.message_id,
      createdAt: fromIsoTime(row.created_at),
    }));
  }

  /**
   * Records that these messages are on the queue; entries already marked keep their first time.
   * In a transaction, though one statement would do, so that on SQLite the marks of many
   * ingests share a commit and wait for another process's lock without blocking.
   */
  async markEnqueued(messageIds: readonly string[], at: Date = new Date()): Promise<void> {
    const enqueuedAt = isoTime(at);
    await inTransaction(this.db, async (trx) => {
      for (const batch of chunks(messageIds)) {
        await trx
          .updateTable('outbox')
          .set({ enqueued_at: enqueuedAt })
          .where('message_id', 'in', batch)
          .where('enqueued_at', 'is', null)
          .execute();
      }
    });
  }
}
