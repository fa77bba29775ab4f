import { AssemblyConfig } from '@app/config';
import {
  AssemblyRepository,
  createJournalDatabase,
  Database,
  EventRepository,
  InterchangeRepository,
  JournalWriter,
  MessageRecord,
  MessageRepository,
  migrateJournal,
} from '@app/journal';
import { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AssemblyTimeoutSweeper } from './assembly-timeout.sweeper';
import { MessageDocumentStore } from './message-document.store';
import { MultipartAssembler } from './multipart.assembler';

const config: AssemblyConfig = { timeoutMs: 60000, sweepIntervalMs: 1000 };

describe('multi-part assembly on a real journal', () => {
  let dir: string;
  let db: Kysely<Database>;
  let messages: MessageRepository;
  let assemblies: AssemblyRepository;
  let sut: MultipartAssembler;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'assembly-'));
    db = createJournalDatabase({ kind: 'sqlite', filename: join(dir, 'journal.sqlite') });
    await migrateJournal(db);
    messages = new MessageRepository(db);
    assemblies = new AssemblyRepository(db);
    const documents = new MessageDocumentStore(messages, new InterchangeRepository(db));
    sut = new MultipartAssembler(assemblies, messages, config, documents);
  });
  afterAll(async () => {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const part = (access: string, n: number, last: boolean, travellers: string[]): MessageRecord => ({
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
  });

  async function record(message: MessageRecord): Promise<string> {
    const { messageIds } = await new JournalWriter(db).recordInterchange({
      channel: 'https',
      senderId: 'DEMO',
      recipientId: 'PIU',
      controlReference: randomUUID().slice(0, 14),
      raw: Buffer.from(randomUUID()),
      test: false,
      outcome: 'accepted',
      messages: [message],
    });
    const found = await messages.findById(messageIds[0]);
    if (found === undefined) throw new Error('not recorded');
    return found.id;
  }

  async function admit(messageId: string) {
    const message = await messages.findById(messageId);
    if (message === undefined) throw new Error('no message');
    return sut.admit(message, 'DEMO');
  }

  it('routes a whole message at once, and `01:F` too', async () => {
    const plain = await record({ type: 'PAXLST', reference: '1', outcome: 'accepted' });
    const single = await record(part(`A${randomUUID()}`, 1, true, ['ADAMS']));

    expect((await admit(plain)).kind).toBe('single');
    expect((await admit(single)).kind).toBe('single');
  });

  it('holds parts until the set is whole, then names the lowest part as its lead', async () => {
    const access = `A${randomUUID()}`;
    const second = await record(part(access, 2, true, ['CLARK']));
    const first = await record(part(access, 1, false, ['ADAMS', 'BAKER']));

    const waiting = await admit(second);
    expect(waiting.kind).toBe('waiting');
    expect((await messages.findById(second))?.status).toBe('assembling');

    const whole = await admit(first);
    expect(whole).toMatchObject({ kind: 'assembled', lead: { id: first } });
    expect((await messages.findById(second))?.status).toBe('routed');
    // A re-run of a part's job sees the same whole set.
    expect(await admit(second)).toMatchObject({ kind: 'assembled', lead: { id: first } });
  });

  it('ignores a part number received twice, and records why', async () => {
    const access = `A${randomUUID()}`;
    const first = await record(part(access, 1, false, ['ADAMS']));
    const again = await record(part(access, 1, false, ['ADAMS']));
    await admit(first);

    expect(await admit(again)).toMatchObject({ kind: 'ignored', reason: 'duplicate-part' });
    const events = await new EventRepository(db).eventsFor('message', again);
    expect(events.at(-1)).toMatchObject({ state: 'duplicate', detail: { heldBy: first, part: 1 } });
  });

  it('records a totals finding when the parts do not add up to CNT', async () => {
    const access = `A${randomUUID()}`;
    await admit(await record(part(access, 1, false, ['ADAMS'])));
    const whole = await admit(await record(part(access, 2, true, ['BAKER'])));

    expect(whole.kind).toBe('assembled');
    const assembly = whole.kind === 'assembled' ? whole.assembly : undefined;
    expect(assembly?.findings.map((f) => f.rule)).toEqual(['assembly.totals.passengers']);
  });

  it('closes an overdue set as incomplete, naming the missing parts, and refuses late parts', async () => {
    const access = `A${randomUUID()}`;
    const first = await record(part(access, 1, false, ['ADAMS']));
    const third = await record(part(access, 3, true, ['CLARK']));
    await admit(first);
    const waiting = await admit(third);
    const sweeper = new AssemblyTimeoutSweeper(assemblies, messages, config);

    const later = new Date(Date.now() + config.timeoutMs + 1);
    const closed = await sweeper.sweepOnce(later);

    expect(closed).toBeGreaterThanOrEqual(1);
    const id = waiting.kind === 'waiting' ? waiting.assembly.id : '';
    const assembly = await assemblies.findById(id);
    expect(assembly?.status).toBe('incomplete');
    expect(assembly?.findings).toEqual([
      {
        rule: 'assembly.incomplete',
        text: `PAXLST '${access}' from DEMO: parts 1, 3 arrived; missing 2.`,
      },
    ]);
    expect((await messages.findById(first))?.status).toBe('incomplete');
    const late = await record(part(access, 2, false, ['BAKER']));
    expect(await admit(late)).toMatchObject({ kind: 'ignored', reason: 'late-part' });
  });
});
