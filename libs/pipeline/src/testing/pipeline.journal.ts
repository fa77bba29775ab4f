import {
  createJournalDatabase,
  Database,
  DeliveryRepository,
  InterchangeRecord,
  InterchangeRepository,
  JournalWriter,
  MessageRecord,
  MessageRepository,
  migrateJournal,
} from '@app/journal';
import { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';

/** A PAXLST, accepted; `overrides` make it a part, another type, a rejected one. */
export function aMessage(overrides: Partial<MessageRecord> = {}): MessageRecord {
  return {
    type: 'PAXLST',
    reference: '1',
    outcome: 'accepted',
    airports: ['FRA', 'JFK'],
    flight: { carrierCode: 'LH', flightNumber: '400', departureDate: '2026-12-07' },
    normalisedJson: JSON.stringify({ travellers: [{ role: 'passenger', surname: 'ADAMS' }] }),
    ...overrides,
  };
}

/** An in-memory journal for the pipeline's specs, with the repositories its steps use. */
export class PipelineJournal {
  readonly messages: MessageRepository;
  readonly interchanges: InterchangeRepository;
  readonly deliveries: DeliveryRepository;
  readonly writer: JournalWriter;

  private constructor(readonly db: Kysely<Database>) {
    this.messages = new MessageRepository(db);
    this.interchanges = new InterchangeRepository(db);
    this.deliveries = new DeliveryRepository(db);
    this.writer = new JournalWriter(db);
  }

  static async open(): Promise<PipelineJournal> {
    const db = createJournalDatabase({ kind: 'sqlite', filename: ':memory:' });
    await migrateJournal(db);
    return new PipelineJournal(db);
  }

  close(): Promise<void> {
    return this.db.destroy();
  }

  /** Records `message` alone in an interchange from DEMO; returns the message's id. */
  async record(
    message: MessageRecord = aMessage(),
    interchange: Partial<InterchangeRecord> = {},
  ): Promise<string> {
    const { messageIds } = await this.writer.recordInterchange({
      channel: 'https',
      senderId: 'DEMO',
      recipientId: 'PIU',
      controlReference: randomUUID().slice(0, 14),
      raw: Buffer.from(`UNB+${randomUUID()}'`),
      test: false,
      outcome: 'accepted',
      messages: [message],
      ...interchange,
    });
    return messageIds[0];
  }

  async statusOf(messageId: string): Promise<string | undefined> {
    return (await this.messages.findSummaryById(messageId))?.status;
  }
}
