import { Kysely, sql } from 'kysely';
import { Database } from '../database/database';
import { InterchangeStory } from '../model/interchange-story';
import { AckRepository } from '../repositories/ack.repository';
import { DeliveryRepository } from '../repositories/delivery.repository';
import { EventRepository } from '../repositories/event.repository';
import { FindingRepository } from '../repositories/finding.repository';
import { InterchangeRepository } from '../repositories/interchange.repository';
import { MessageRepository } from '../repositories/message.repository';

/** Reads back the whole story of an interchange, for a technician or a carrier. */
export class JournalReader {
  constructor(private readonly db: Kysely<Database>) {}

  /** The cheapest round trip to the database, for a health check. */
  async ping(): Promise<void> {
    await sql`select 1`.execute(this.db);
  }

  async interchangeStory(id: string): Promise<InterchangeStory | undefined> {
    const interchange = await new InterchangeRepository(this.db).findById(id);
    if (!interchange) return undefined;
    const [findings, ack, messages] = await Promise.all([
      new FindingRepository(this.db).listForInterchange(id),
      new AckRepository(this.db).findForInterchange(id),
      new MessageRepository(this.db).listForInterchange(id),
    ]);
    const messageIds = messages.map((m) => m.id);
    const deliveries = await new DeliveryRepository(this.db).listForMessages(messageIds);
    const events = await new EventRepository(this.db).eventsAbout({
      interchange: [id],
      message: messageIds,
      delivery: deliveries.map((d) => d.id),
    });
    return { interchange, findings, ack: ack ?? null, messages, deliveries, events };
  }
}
