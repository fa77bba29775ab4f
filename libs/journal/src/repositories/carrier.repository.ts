import { timeOrderedId } from '../support/time-ordered-id';
import { Kysely } from 'kysely';
import { Database } from '../database/database';
import { inTransaction } from '../database/in-transaction';
import { Carrier, CarrierSender } from '../model/carrier';
import { fromIsoTime, isoTime } from '../support/journal-time';

/** Carriers and the interchange sender identities that are theirs. */
export class CarrierRepository {
  constructor(private readonly db: Kysely<Database>) {}

  create(name: string, senders: readonly CarrierSender[] = []): Promise<Carrier> {
    const carrier: Carrier = {
      id: timeOrderedId(),
      name,
      createdAt: new Date(),
      senders: [...senders],
    };
    return inTransaction(this.db, async (trx) => {
      await trx
        .insertInto('carriers')
        .values({ id: carrier.id, name, created_at: isoTime(carrier.createdAt) })
        .execute();
      await new CarrierRepository(trx).addSenders(carrier.id, senders);
      return carrier;
    });
  }

  /**
   * Makes the journal know a configured carrier under its configured id: inserts it when absent
   * and adds the sender identities it lacks. Safe to call at every start, from several processes.
   */
  async ensure(id: string, name: string, senders: readonly CarrierSender[]): Promise<void> {
    await inTransaction(this.db, async (trx) => {
      await trx
        .insertInto('carriers')
        .values({ id, name, created_at: isoTime(new Date()) })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
      if (senders.length === 0) return;
      await trx
        .insertInto('carrier_senders')
        .values(
          senders.map((s) => ({ carrier_id: id, sender_id: s.senderId, qualifier: s.qualifier })),
        )
        .onConflict((oc) => oc.columns(['sender_id', 'qualifier']).doNothing())
        .execute();
    });
  }

  /** Fails if another carrier already has one of these identities: an identity is one carrier's. */
  async addSenders(carrierId: string, senders: readonly CarrierSender[]): Promise<void> {
    if (senders.length === 0) return;
    await this.db
      .insertInto('carrier_senders')
      .values(
        senders.map((s) => ({
          carrier_id: carrierId,
          sender_id: s.senderId,
          qualifier: s.qualifier,
        })),
      )
      .execute();
  }

  async findById(id: string): Promise<Carrier | undefined> {
    const row = await this.db
      .selectFrom('carriers')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    const senders = await this.db
      .selectFrom('carrier_senders')
      .select(['sender_id', 'qualifier'])
      .where('carrier_id', '=', id)
      .orderBy('sender_id')
      .orderBy('qualifier')
      .execute();
    return {
      id: row.id,
      name: row.name,
      createdAt: fromIsoTime(row.created_at),
      senders: senders.map((s) => ({ senderId: s.sender_id, qualifier: s.qualifier })),
    };
  }

  /** The carrier an interchange sender (UNB S002) belongs to; qualifier '' when none was sent. */
  async findBySender(senderId: string, qualifier = ''): Promise<Carrier | undefined> {
    const owner = await this.db
      .selectFrom('carrier_senders')
      .select('carrier_id')
      .where('sender_id', '=', senderId)
      .where('qualifier', '=', qualifier)
      .executeTakeFirst();
    return owner && this.findById(owner.carrier_id);
  }
}
