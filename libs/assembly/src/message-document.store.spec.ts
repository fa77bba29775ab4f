import {
  createJournalDatabase,
  Database,
  InterchangeRepository,
  JournalWriter,
  MessageRepository,
  migrateJournal,
} from '@app/journal';
import { readInterchange } from '@app/edifact';
import { PaxlstJsonV1, readPaxlst, toPaxlstJson } from '@app/paxlst';
import { Kysely } from 'kysely';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageDocumentStore } from './message-document.store';

const FLIGHT1 = readFileSync(
  join(__dirname, '../../../test/fixtures/corpus/US-CBP__GTAS/flight1.txt'),
  'latin1',
);

/** flight1's interchange with a second message: another reference, another traveller's name. */
function twoMessages(reference: string): Buffer {
  const start = FLIGHT1.indexOf('UNH+');
  const end = FLIGHT1.indexOf('UNZ+');
  const first = FLIGHT1.slice(start, end);
  const second = first.replace(/53371718146010/g, '53371718146011').replace('JIANG', 'OTHER');
  const envelope = FLIGHT1.slice(0, start).replace('123456789', reference);
  return Buffer.from(`${envelope}${first}${second}UNZ+2+${reference}'`, 'latin1');
}

describe('MessageDocumentStore on a real journal', () => {
  let dir: string;
  let db: Kysely<Database>;
  let messages: MessageRepository;
  let sut: MessageDocumentStore;
  const receivedAt = new Date('2020-01-30T03:01:00Z');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'documents-'));
    db = createJournalDatabase({ kind: 'sqlite', filename: join(dir, 'journal.sqlite') });
    await migrateJournal(db);
    messages = new MessageRepository(db);
    sut = new MessageDocumentStore(messages, new InterchangeRepository(db));
  });
  afterAll(async () => {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  async function record(
    raw: Buffer,
    reference: string,
    documents: (string | null)[] = [null, null],
  ) {
    return new JournalWriter(db).recordInterchange({
      channel: 'https',
      senderId: 'LUFTHANSA',
      recipientId: 'HDQCH2X',
      controlReference: reference,
      raw,
      test: false,
      outcome: 'accepted',
      receivedAt,
      messages: documents.map((normalisedJson, i) => ({
        type: 'PAXLST',
        reference: `5337171814601${i}`,
        outcome: 'accepted',
        normalisedJson,
      })),
      findings: [],
      contrl: 'UNB',
    });
  }

  it("makes a message's document from the bytes kept, as read on the day received, and keeps its sibling's", async () => {
    const raw = twoMessages('DOC000000001');
    const { messageIds } = await record(raw, 'DOC000000001');
    const [first, second] = await messages.listForInterchange(
      (await messages.findSummaryById(messageIds[0]))!.interchangeId,
    );

    const document = await sut.documentOf(first);

    const expected = readInterchange(raw).messages.map((m) =>
      JSON.stringify(toPaxlstJson(readPaxlst(m, { now: receivedAt }).manifest)),
    );
    expect(document).toBe(expected[0]);
    expect((JSON.parse(document!) as PaxlstJsonV1).travellers[0].surname).toBe('JIANG');
    expect(await messages.findDocument(first.id)).toBe(expected[0]);
    expect(await messages.findDocument(second.id)).toBe(expected[1]);
    expect((JSON.parse(expected[1]) as PaxlstJsonV1).travellers[0].surname).toBe('OTHER');
  });

  it('gives a kept document as it is', async () => {
    const { messageIds } = await record(twoMessages('DOC000000002'), 'DOC000000002', [
      '{"kept":1}',
      null,
    ]);
    const message = (await messages.findSummaryById(messageIds[0]))!;

    expect(await sut.documentOf(message)).toBe('{"kept":1}');
    // Nothing was made: the sibling has no document yet.
    expect(await messages.findDocument(messageIds[1])).toBeNull();
  });

  it('gives none for a message of a type without a document', async () => {
    const raw = Buffer.from(
      FLIGHT1.replace('PAXLST:D:02B:UN:IATA', 'CUSRES:D:02B:UN:IATA').replace(
        '123456789',
        'DOC000000003',
      ),
      'latin1',
    );
    const { messageIds } = await record(raw, 'DOC000000003', [null]);
    const message = (await messages.findSummaryById(messageIds[0]))!;

    expect(await sut.documentOf(message)).toBeNull();
    expect(await messages.findDocument(message.id)).toBeNull();
  });
});
