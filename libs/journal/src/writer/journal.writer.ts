import { Kysely } from 'kysely';
import { Database } from '../database/database';
import { inTransaction } from '../database/in-transaction';
import { InterchangeRecord, RecordedInterchange } from '../model/interchange-record';
import { Delivery } from '../model/delivery';
import { AckRepository } from '../repositories/ack.repository';
import { DeliveryRepository } from '../repositories/delivery.repository';
import { EventRepository } from '../repositories/event.repository';
import { FindingRepository } from '../repositories/finding.repository';
import { InterchangeRepository } from '../repositories/interchange.repository';
import { MessageRepository } from '../repositories/message.repository';
import { OutboxRepository } from '../repositories/outbox.repository';
import { planInterchange } from './interchange.plan';

/**
 * Writes what ingest made of an interchange. All of it commits or none of it does: the carrier
 * is acknowledged only after this resolves, and nothing acknowledged may be lost.
 */
export class JournalWriter {
  constructor(private readonly db: Kysely<Database>) {}

  async recordInterchange(record: InterchangeRecord): Promise<RecordedInterchange> {
    const now = new Date();
    const plan = planInterchange(record, now);
    await inTransaction(this.db, async (trx) => {
      await new InterchangeRepository(trx).insert(plan.interchange);
      await new MessageRepository(trx).insertMany(plan.messages);
      await new FindingRepository(trx).insertMany(plan.findings);
      if (plan.ack) await new AckRepository(trx).insert(plan.ack);
      await new OutboxRepository(trx).add(plan.outboxMessageIds, now);
      await new EventRepository(trx).append(...plan.events);
    });
    return {
      interchangeId: plan.interchange.id,
      messageIds: plan.messages.map((m) => m.id),
      outboxMessageIds: plan.outboxMessageIds,
    };
  }

  /**
   * What routing decided for a message, in one commit: its delivery to each destination
   * (created once; a second routing finds the same ones) and, when `markRouted`, its move to
   * routed. One commit rather than one per destination and one more for the status.
   */
  recordRouting(
    messageId: string,
    destinations: readonly string[],
    markRouted: boolean,
  ): Promise<Delivery[]> {
    return inTransaction(this.db, async (trx) => {
      const repository = new DeliveryRepository(trx);
      const deliveries: Delivery[] = [];
      for (const destination of destinations) {
        deliveries.push((await repository.createIfAbsent(messageId, destination)).delivery);
      }
      if (markRouted) {
        const detail = { destinations: destinations.join(' ') };
        await new MessageRepository(trx).setStatus(messageId, 'routed', detail);
      }
      return deliveries;
    });
  }
}
