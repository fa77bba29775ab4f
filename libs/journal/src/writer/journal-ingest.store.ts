import { Kysely } from 'kysely';
import { Database } from '../database/database';
import { inDurableTransaction } from '../database/durable-transaction';
import { JournalInterchange } from '../model/interchange';
import { IngestEntry, InterchangeIdentity, RecordedInterchange } from '../model/interchange-record';
import { InterchangeRepository } from '../repositories/interchange.repository';
import { JournalWriter } from './journal.writer';

/**
 * Ingest's side of the journal: the look-up for an earlier copy and the write of what ingest
 * made of the interchange, in one durable transaction.
 */
export class JournalIngestStore {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * With `identity`, first the earlier accepted copy, if any: by sender and reference, else by
   * bytes, under a lock so that two ingests of one interchange never both find none. Then the
   * entry `decide` makes knowing it, written. Resolves once the commit is on disk. `decide` runs
   * inside the transaction: it must not wait on anything.
   */
  record<T>(
    identity: InterchangeIdentity | undefined,
    decide: (earlier: JournalInterchange | undefined) => IngestEntry<T>,
  ): Promise<{ recorded: RecordedInterchange; verdict: T }> {
    return inDurableTransaction(this.db, async (trx) => {
      const earlier =
        identity === undefined
          ? undefined
          : await this.findEarlier(new InterchangeRepository(trx), identity);
      const { record, verdict } = decide(earlier);
      const recorded = await new JournalWriter(trx).recordInterchange(record);
      return { recorded, verdict };
    });
  }

  private async findEarlier(
    interchanges: InterchangeRepository,
    { senderId, controlReference, sha256 }: InterchangeIdentity,
  ): Promise<JournalInterchange | undefined> {
    await interchanges.lockIdentity(senderId, controlReference, sha256);
    const byReference =
      senderId !== '' && controlReference !== ''
        ? await interchanges.findEarlierBySenderReference(senderId, controlReference)
        : undefined;
    return byReference ?? (await interchanges.findEarlierBySha256(sha256));
  }
}
