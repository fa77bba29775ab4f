import { Kysely, Selectable } from 'kysely';
import { Database, MessagesTable } from '../database/database';
import { inTransaction } from '../database/in-transaction';
import { EventDetail } from '../model/journal-event';
import {
  FlightKey,
  JournalMessage,
  MessageInInterchange,
  MessageStatus,
  MessageSummary,
} from '../model/message';
import { chunks } from '../support/chunks';
import { toFlag } from '../support/journal-time';
import { EventRepository } from './event.repository';
import { INTERCHANGE_JOINED_COLUMNS, toInterchangeSummary } from './interchange-row.mapper';

type MessageRow = Selectable<MessagesTable>;
/** A message row with its document, when it has one (left join). */
type MessageRowRead = MessageRow & { normalised: string | null };

/** The messages of interchanges, and where each is in its life. */
export class MessageRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insertMany(messages: readonly JournalMessage[]): Promise<void> {
    for (const batch of chunks(messages)) {
      await this.db.insertInto('messages').values(batch.map(toRow)).execute();
      const documents = batch.flatMap((m) =>
        m.normalisedJson === null ? [] : [{ message_id: m.id, normalised: m.normalisedJson }],
      );
      if (documents.length > 0) {
        await this.db.insertInto('message_documents').values(documents).execute();
      }
    }
  }

  /** Messages with their documents; a message without one reads as `normalisedJson: null`. */
  private selectMessages() {
    return this.db
      .selectFrom('messages')
      .leftJoin('message_documents', 'message_documents.message_id', 'messages.id')
      .selectAll('messages')
      .select('message_documents.normalised');
  }

  async findById(id: string): Promise<JournalMessage | undefined> {
    const row = await this.selectMessages().where('messages.id', '=', id).executeTakeFirst();
    return row && toMessage(row);
  }

  /** A message without its document: the document is tens of KB that routing never looks at. */
  async findSummaryById(id: string): Promise<MessageSummary | undefined> {
    const row = await this.db
      .selectFrom('messages')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toSummary(row);
  }

  /**
   * A message's summary and its interchange's, in one query; with `raw`, the interchange's bytes
   * too (a delivery in the received form needs nothing else).
   */
  async findWithInterchange(
    id: string,
    { raw = false }: { raw?: boolean } = {},
  ): Promise<MessageInInterchange | undefined> {
    const row = await this.db
      .selectFrom('messages')
      .innerJoin('interchanges', 'interchanges.id', 'messages.interchange_id')
      .selectAll('messages')
      .select([...INTERCHANGE_JOINED_COLUMNS, 'interchanges.outcome as interchange_outcome'])
      .$if(raw, (q) => q.select('interchanges.raw'))
      .where('messages.id', '=', id)
      .executeTakeFirst();
    if (row === undefined) return undefined;
    const interchange = toInterchangeSummary({
      ...row,
      id: row.interchange_id,
      outcome: row.interchange_outcome,
    });
    const found = { message: toSummary(row), interchange };
    return row.raw === undefined ? found : { ...found, raw: row.raw };
  }

  /** A message's normalised JSON, or null when it has none (or there is no such message). */
  async findDocument(messageId: string): Promise<string | null> {
    const row = await this.db
      .selectFrom('message_documents')
      .select('normalised')
      .where('message_id', '=', messageId)
      .executeTakeFirst();
    return row?.normalised ?? null;
  }

  /**
   * Keeps the documents of an interchange's messages, given in the interchange's order (the
   * first is position 1; null: none). A message that has a document already keeps its own.
   */
  async keepDocuments(interchangeId: string, documents: readonly (string | null)[]): Promise<void> {
    await inTransaction(this.db, async (trx) => {
      for (const [index, json] of documents.entries()) {
        if (json === null) continue;
        await trx
          .insertInto('message_documents')
          .columns(['message_id', 'normalised'])
          .expression((eb) =>
            eb
              .selectFrom('messages')
              .select(['messages.id', eb.val(json).as('normalised')])
              .where('messages.interchange_id', '=', interchangeId)
              .where('messages.position', '=', index + 1),
          )
          .onConflict((oc) => oc.column('message_id').doNothing())
          .execute();
      }
    });
  }

  /** An interchange's messages in its order, without their documents (no view shows them). */
  async listForInterchange(interchangeId: string): Promise<MessageSummary[]> {
    const rows = await this.db
      .selectFrom('messages')
      .selectAll()
      .where('interchange_id', '=', interchangeId)
      .orderBy('position')
      .execute();
    return rows.map(toSummary);
  }

  /**
   * Every message about one flight, in the order received, for a technician's flight view;
   * without their documents.
   */
  async listForFlight(flight: FlightKey): Promise<MessageSummary[]> {
    let query = this.db
      .selectFrom('messages')
      .innerJoin('interchanges', 'interchanges.id', 'messages.interchange_id')
      .selectAll('messages');
    const key = [
      ['messages.carrier_code', flight.carrierCode],
      ['messages.flight_number', flight.flightNumber],
      ['messages.departure_date', flight.departureDate],
    ] as const;
    // `=` for values, `is null` for gaps: PostgreSQL has no `is` for values, and its indexes
    // do not serve `is not distinct from`.
    for (const [column, value] of key) {
      query = value === null ? query.where(column, 'is', null) : query.where(column, '=', value);
    }
    const rows = await query
      .orderBy('interchanges.received_at')
      .orderBy('messages.position')
      .execute();
    return rows.map(toSummary);
  }

  /** Moves a message on in its life and records the change, together. */
  async setStatus(id: string, status: MessageStatus, detail?: EventDetail): Promise<void> {
    await inTransaction(this.db, async (trx) => {
      const { numUpdatedRows } = await trx
        .updateTable('messages')
        .set({ status })
        .where('id', '=', id)
        .executeTakeFirst();
      if (numUpdatedRows === 0n) throw new Error(`No message ${id} in the journal`);
      await new EventRepository(trx).append({
        subjectType: 'message',
        subjectId: id,
        state: status,
        detail,
      });
    });
  }
}

function toRow(m: JournalMessage): MessageRow {
  return {
    id: m.id,
    interchange_id: m.interchangeId,
    position: m.position,
    type: m.type,
    reference: m.reference,
    access_reference: m.accessReference,
    part_number: m.partNumber,
    part_last: m.partLast === null ? null : toFlag(m.partLast),
    outcome: m.outcome,
    status: m.status,
    carrier_code: m.flight.carrierCode,
    flight_number: m.flight.flightNumber,
    departure_date: m.flight.departureDate,
    travellers_count: m.travellers,
    pnrs_count: m.pnrs,
    airports: m.airports.join(' '),
  };
}

function toMessage(row: MessageRowRead): JournalMessage {
  return { ...toSummary(row), normalisedJson: row.normalised };
}

function toSummary(row: MessageRow): MessageSummary {
  return {
    id: row.id,
    interchangeId: row.interchange_id,
    position: row.position,
    type: row.type,
    reference: row.reference,
    accessReference: row.access_reference,
    partNumber: row.part_number,
    partLast: row.part_last === null ? null : row.part_last === 1,
    outcome: row.outcome,
    status: row.status,
    flight: {
      carrierCode: row.carrier_code,
      flightNumber: row.flight_number,
      departureDate: row.departure_date,
    },
    travellers: row.travellers_count,
    pnrs: row.pnrs_count,
    airports: row.airports === '' ? [] : row.airports.split(' '),
  };
}
