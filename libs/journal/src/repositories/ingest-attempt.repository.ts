import { Kysely } from 'kysely';
import { Database } from '../database/database';
import { inDurableTransaction } from '../database/durable-transaction';
import { isoTime } from '../support/journal-time';

/** Where one inbound file or message stands after its failed tries. */
export interface IngestAttemptCount {
  attempts: number;
  lastError: string | null;
  /** Quarantined where it lies: not to be tried again. */
  quarantined: boolean;
}

/**
 * Tries of inbound files and messages whose ingest failed or crashed, by a key their channel
 * chooses. Every write is committed to disk before it returns: a try counted before it starts
 * still counts when the process dies during it.
 */
export class IngestAttemptRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Counts a try about to start; one quarantined in place is left as it is. */
  recordAttempt(key: string, at = new Date()): Promise<IngestAttemptCount> {
    return this.upsert(key, 1, null, at);
  }

  /** Why a try failed; `counted` when recordAttempt counted it as it began. */
  recordFailure(
    key: string,
    error: string,
    counted: boolean,
    at = new Date(),
  ): Promise<IngestAttemptCount> {
    return this.upsert(key, counted ? 0 : 1, error, at);
  }

  /** Forgets the key: taken in at last, or moved where it will not be seen again. */
  async clear(key: string): Promise<void> {
    await this.db.deleteFrom('ingest_attempts').where('key', '=', key).execute();
  }

  /** Marks the key quarantined: what it names stays where it is and is never tried again. */
  async keepQuarantined(key: string, at = new Date()): Promise<void> {
    const now = isoTime(at);
    await inDurableTransaction(this.db, (trx) =>
      trx
        .insertInto('ingest_attempts')
        .values({ key, attempts: 0, first_at: now, last_at: now, quarantined_at: now })
        .onConflict((oc) => oc.column('key').doUpdateSet({ last_at: now, quarantined_at: now }))
        .execute(),
    );
  }

  private upsert(
    key: string,
    increment: 0 | 1,
    error: string | null,
    at: Date,
  ): Promise<IngestAttemptCount> {
    const now = isoTime(at);
    return inDurableTransaction(this.db, async (trx) => {
      const row = await trx
        .insertInto('ingest_attempts')
        .values({ key, attempts: 1, first_at: now, last_at: now, last_error: error })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet((eb) => ({
            attempts: eb
              .case()
              .when('ingest_attempts.quarantined_at', 'is', null)
              .then(eb('ingest_attempts.attempts', '+', increment))
              .else(eb.ref('ingest_attempts.attempts'))
              .end(),
            last_at: now,
            last_error: error ?? eb.ref('ingest_attempts.last_error'),
          })),
        )
        .returning(['attempts', 'last_error', 'quarantined_at'])
        .executeTakeFirstOrThrow();
      return {
        attempts: Number(row.attempts),
        lastError: row.last_error,
        quarantined: row.quarantined_at !== null,
      };
    });
  }
}
