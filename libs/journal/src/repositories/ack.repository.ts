import { Kysely } from 'kysely';
import { Database } from '../database/database';
import { JournalAck } from '../model/ack';
import { fromIsoTime, isoTime } from '../support/journal-time';

/** The CONTRL answered for each interchange, so it can be shown or sent again word for word. */
export class AckRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(ack: JournalAck): Promise<void> {
    await this.db
      .insertInto('acks')
      .values({
        interchange_id: ack.interchangeId,
        contrl: ack.contrl,
        created_at: isoTime(ack.createdAt),
      })
      .execute();
  }

  async findForInterchange(interchangeId: string): Promise<JournalAck | undefined> {
    const row = await this.db
      .selectFrom('acks')
      .selectAll()
      .where('interchange_id', '=', interchangeId)
      .executeTakeFirst();
    return (
      row && {
        interchangeId: row.interchange_id,
        contrl: row.contrl,
        createdAt: fromIsoTime(row.created_at),
      }
    );
  }

  /**
   * Receipt-to-acknowledgement times, in ms, of the acks created in (after, upTo]: a metrics
   * scrape reads each ack once by moving the window along.
   */
  async latenciesMs(after: Date, upTo: Date): Promise<number[]> {
    const rows = await this.db
      .selectFrom('acks')
      .innerJoin('interchanges', 'interchanges.id', 'acks.interchange_id')
      .select(['acks.created_at', 'interchanges.received_at'])
      .where('acks.created_at', '>', isoTime(after))
      .where('acks.created_at', '<=', isoTime(upTo))
      .execute();
    return rows.map(
      (r) => fromIsoTime(r.created_at).getTime() - fromIsoTime(r.received_at).getTime(),
    );
  }
}
