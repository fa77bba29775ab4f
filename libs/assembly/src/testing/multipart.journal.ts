import {
  AssemblyRepository,
  createJournalDatabase,
  Database,
  InterchangeRepository,
  JournalWriter,
  MessageRecord,
  MessageRepository,
  MessageSummary,
  migrateJournal,
} from '@app/journal';
import { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import { MessageDocumentStore } from '../message-document.store';

/** One part of a PAXLST set, with its document made already (CNT: three passengers). */
export function aPart(
  access: string,
  n: number,
  last: boolean,
  travellers: string[],
): MessageRecord {
  return {
    type: 'PAXLST',
    reference: String(n),
    accessReference: access,
    partNumber: n,
    partLast: last,
    outcome: 'accepted',
    normalisedJson: JSON.stringify({
      travellers: travellers.map((surname) => ({ role: 'passenger', surname })),
      totals: { passengers: 3 },
    }),
  };
}

/** An in-memory journal for the assembly specs, with the repositories they read. */
export class MultipartJournal {
  readonly messages: MessageRepository;
  readonly assemblies: AssemblyRepository;
  readonly documents: MessageDocumentStore;

  private constructor(readonly db: Kysely<Database>) {
    this.messages = new MessageRepository(db);
    this.assemblies = new AssemblyRepository(db);
    this.documents = new MessageDocumentStore(this.messages, new InterchangeRepository(db));
  }

  static async open(): Promise<MultipartJournal> {
    const db = createJournalDatabase({ kind: 'sqlite', filename: ':memory:' });
    await migrateJournal(db);
    return new MultipartJournal(db);
  }

  close(): Promise<void> {
    return this.db.destroy();
  }

  /** Records `message` alone in an interchange of its own; returns the message's id. */
  async record(message: MessageRecord): Promise<string> {
    const { messageIds } = await new JournalWriter(this.db).recordInterchange({
      channel: 'https',
      senderId: 'DEMO',
      recipientId: 'PIU',
      controlReference: randomUUID().slice(0, 14),
      raw: Buffer.from(randomUUID()),
      test: false,
      outcome: 'accepted',
      messages: [message],
    });
    return messageIds[0];
  }

  async summary(messageId: string): Promise<MessageSummary> {
    const found = await this.messages.findSummaryById(messageId);
    if (found === undefined) throw new Error(`no message ${messageId}`);
    return found;
  }
}
