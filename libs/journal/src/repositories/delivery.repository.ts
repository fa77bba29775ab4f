import { timeOrderedId } from '../support/time-ordered-id';
import { Kysely, Selectable, Updateable } from 'kysely';
import { Database, DeliveriesTable } from '../database/database';
import { inTransaction } from '../database/in-transaction';
import { Delivery, DeliveryStatus } from '../model/delivery';
import { EventDetail } from '../model/journal-event';
import { deliveryIdempotencyKey } from '../support/digest';
import { fromIsoTime, fromOptionalIsoTime, isoTime } from '../support/journal-time';
import { DeliveryTransitionError } from './delivery-transition.error';
import { EventRepository } from './event.repository';

type DeliveryRow = Selectable<DeliveriesTable>;

/** Each message's deliveries to its destinations, and every change in their state. */
export class DeliveryRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * The delivery of a message to a destination, created (pending) the first time it is asked
   * for. Routing may run twice for one message; it still gets one delivery per destination.
   */
  createIfAbsent(
    messageId: string,
    destination: string,
  ): Promise<{ delivery: Delivery; created: boolean }> {
    const key = deliveryIdempotencyKey(messageId, destination);
    return inTransaction(this.db, async (trx) => {
      const now = isoTime();
      const inserted = await trx
        .insertInto('deliveries')
        .values({
          id: timeOrderedId(),
          message_id: messageId,
          destination,
          status: 'pending',
          attempts: 0,
          last_error: null,
          idempotency_key: key,
          created_at: now,
          updated_at: now,
          delivered_at: null,
        })
        .onConflict((oc) => oc.column('idempotency_key').doNothing())
        .returningAll()
        .executeTakeFirst();
      if (inserted) {
        const detail = { destination };
        await new EventRepository(trx).append({
          subjectType: 'delivery',
          subjectId: inserted.id,
          state: 'pending',
          detail,
        });
        return { delivery: toDelivery(inserted), created: true };
      }
      const existing = await trx
        .selectFrom('deliveries')
        .selectAll()
        .where('idempotency_key', '=', key)
        .executeTakeFirstOrThrow();
      return { delivery: toDelivery(existing), created: false };
    });
  }

  async findById(id: string): Promise<Delivery | undefined> {
    const row = await this.db
      .selectFrom('deliveries')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toDelivery(row);
  }

  async listForMessages(messageIds: readonly string[]): Promise<Delivery[]> {
    if (messageIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('deliveries')
      .selectAll()
      .where('message_id', 'in', messageIds)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toDelivery);
  }

  /** Receipt-to-delivery ms of deliveries completed in (after, upTo], retries included. */
  async latenciesMs(after: Date, upTo: Date): Promise<number[]> {
    const rows = await this.db
      .selectFrom('deliveries')
      .innerJoin('messages', 'messages.id', 'deliveries.message_id')
      .innerJoin('interchanges', 'interchanges.id', 'messages.interchange_id')
      .select(['deliveries.delivered_at', 'interchanges.received_at'])
      .where('deliveries.delivered_at', '>', isoTime(after))
      .where('deliveries.delivered_at', '<=', isoTime(upTo))
      .execute();
    // `delivered_at > …` has already passed over the nulls.
    return rows.map((r) => Date.parse(r.delivered_at ?? '') - Date.parse(r.received_at));
  }

  /**
   * An attempt starts; `attempt` is the queue's 1-based count. It may start over a delivery
   * left `delivering`, since that is what a worker that died mid-attempt leaves behind. A
   * delivered one refuses: the worker should see that and skip it.
   */
  markDelivering(id: string, attempt: number): Promise<Delivery> {
    return this.transition(
      id,
      ['pending', 'failed', 'delivering'],
      'delivering',
      { attempts: attempt },
      { attempt },
    );
  }

  markDelivered(id: string): Promise<Delivery> {
    const set = { delivered_at: isoTime(), last_error: null };
    return this.transition(id, ['delivering'], 'delivered', set);
  }

  markFailed(id: string, attempt: number, error: string): Promise<Delivery> {
    const set = { attempts: attempt, last_error: error };
    return this.transition(id, ['delivering'], 'failed', set, { attempt, error });
  }

  /** The queue has given up; only a technician's replay brings it back. */
  markDead(id: string, reason?: string): Promise<Delivery> {
    const set = reason === undefined ? {} : { last_error: reason };
    return this.transition(
      id,
      ['pending', 'delivering', 'failed'],
      'dead',
      set,
      reason === undefined ? undefined : { reason },
    );
  }

  /**
   * Puts a finished delivery back to pending for a technician's replay. The idempotency key
   * stays: it names the (message, destination) pair, not the attempt.
   */
  resetForReplay(id: string, requestedBy?: string): Promise<Delivery> {
    const set = { attempts: 0, last_error: null, delivered_at: null };
    const detail = { replay: true, requestedBy: requestedBy ?? null };
    return this.transition(id, ['failed', 'dead', 'delivered'], 'pending', set, detail);
  }

  /** Changes state only from one of `from`, and writes the event in the same transaction. */
  private transition(
    id: string,
    from: readonly DeliveryStatus[],
    to: DeliveryStatus,
    set: Updateable<DeliveriesTable>,
    detail?: EventDetail,
  ): Promise<Delivery> {
    return inTransaction(this.db, async (trx) => {
      const row = await trx
        .updateTable('deliveries')
        .set({ ...set, status: to, updated_at: isoTime() })
        .where('id', '=', id)
        .where('status', 'in', from)
        .returningAll()
        .executeTakeFirst();
      if (!row) {
        const current = await trx
          .selectFrom('deliveries')
          .select('status')
          .where('id', '=', id)
          .executeTakeFirst();
        throw new DeliveryTransitionError(id, current?.status, to);
      }
      await new EventRepository(trx).append({
        subjectType: 'delivery',
        subjectId: id,
        state: to,
        detail,
      });
      return toDelivery(row);
    });
  }
}

function toDelivery(row: DeliveryRow): Delivery {
  return {
    id: row.id,
    messageId: row.message_id,
    destination: row.destination,
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    idempotencyKey: row.idempotency_key,
    createdAt: fromIsoTime(row.created_at),
    updatedAt: fromIsoTime(row.updated_at),
    deliveredAt: fromOptionalIsoTime(row.delivered_at),
  };
}
