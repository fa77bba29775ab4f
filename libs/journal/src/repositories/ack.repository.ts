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
}
