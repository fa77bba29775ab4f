import { AssemblyKey } from '../model/assembly';
import { anInterchange, aMessage } from '../testing/journal.fixtures';
import { BACK_ENDS, openTestJournal, TestJournal } from '../testing/test-journal';
import { JournalWriter } from '../writer/journal.writer';
import { AssemblyRepository } from './assembly.repository';

describe.each(BACK_ENDS)('AssemblyRepository on %s', (kind) => {
  let journal: TestJournal;
  let writer: JournalWriter;
  let sut: AssemblyRepository;
  beforeAll(async () => {
    journal = await openTestJournal(kind);
    writer = new JournalWriter(journal.db);
    sut = new AssemblyRepository(journal.db);
  });
  afterAll(() => journal.dispose());

  let counter = 0;
  const keyOf = (): AssemblyKey => ({
    carrier: 'DEMO',
    messageType: 'PAXLST',
    accessReference: `ACC${++counter}`,
  });
  const now = new Date('2026-11-29T10:00:00Z');

  async function messageIds(n: number): Promise<string[]> {
    const record = anInterchange({
      messages: Array.from({ length: n }, (_, i) => aMessage({ reference: String(i + 1) })),
    });
    return (await writer.recordInterchange(record)).messageIds;
  }

  it('opens a set on its first part and completes it when 1..n are in and n is final', async () => {
    const key = keyOf();
    const [m1, m2, m3] = await messageIds(3);

    const third = await sut.offer(key, { messageId: m3, partNumber: 3, last: true }, now, 60000);
    const first = await sut.offer(key, { messageId: m1, partNumber: 1, last: false }, now, 60000);
    const second = await sut.offer(key, { messageId: m2, partNumber: 2, last: false }, now, 60000);

    expect(third).toMatchObject({
      kind: 'added',
      assembly: { status: 'assembling', partCount: 3 },
    });
    expect(first).toMatchObject({ kind: 'added', assembly: { status: 'assembling' } });
    expect(second).toMatchObject({ kind: 'added', assembly: { status: 'complete', partCount: 3 } });
    expect(second.assembly.deadlineAt).toEqual(new Date(now.getTime() + 60000));
    expect((await sut.parts(second.assembly.id)).map((p) => p.messageId)).toEqual([m1, m2, m3]);
    expect((await sut.findByMessage(m2))?.id).toBe(second.assembly.id);
  });

  it('tells a repeated part from a re-run of the same message, and refuses late parts', async () => {
    const key = keyOf();
    const [m1, m1again, m2, m3] = await messageIds(4);
    await sut.offer(key, { messageId: m1, partNumber: 1, last: false }, now, 60000);

    const rerun = await sut.offer(key, { messageId: m1, partNumber: 1, last: false }, now, 60000);
    const repeat = await sut.offer(key, { messageId: m1again, partNumber: 1, last: false }, now, 1);
    const done = await sut.offer(key, { messageId: m2, partNumber: 2, last: true }, now, 60000);
    const late = await sut.offer(key, { messageId: m3, partNumber: 3, last: true }, now, 60000);

    expect(rerun.kind).toBe('again');
    expect(repeat).toMatchObject({ kind: 'duplicate', heldBy: m1 });
    expect(done.assembly.status).toBe('complete');
    expect(late.kind).toBe('late');
    expect(await sut.parts(done.assembly.id)).toHaveLength(2);
  });

  it('lists overdue sets, closes them once, and lets a technician force one', async () => {
    const key = keyOf();
    const [m1] = await messageIds(1);
    const { assembly } = await sut.offer(
      key,
      { messageId: m1, partNumber: 1, last: false },
      now,
      1000,
    );

    expect((await sut.overdue(new Date(now.getTime() + 999))).map((a) => a.id)).not.toContain(
      assembly.id,
    );
    expect((await sut.overdue(new Date(now.getTime() + 1000))).map((a) => a.id)).toContain(
      assembly.id,
    );
    const finding = { rule: 'assembly.missing', text: 'part 2 missing' };
    const later = new Date(now.getTime() + 2000);
    expect(await sut.transition(assembly.id, ['assembling'], 'incomplete', later, [finding])).toBe(
      true,
    );
    expect(await sut.transition(assembly.id, ['assembling'], 'incomplete', later)).toBe(false);
    expect(await sut.transition(assembly.id, ['incomplete'], 'forced', later)).toBe(true);

    const forced = await sut.findById(assembly.id);
    expect(forced).toMatchObject({ status: 'forced', findings: [finding], closedAt: later });
    expect((await sut.list('forced')).map((a) => a.id)).toContain(assembly.id);
  });

  it('adds a finding about the set once per rule', async () => {
    const [m1] = await messageIds(1);
    const { assembly } = await sut.offer(
      keyOf(),
      { messageId: m1, partNumber: 1, last: true },
      now,
      1,
    );
    const finding = { rule: 'assembly.totals', text: 'CNT says 3, parts hold 2' };

    await sut.addFindings(assembly.id, [finding]);
    await sut.addFindings(assembly.id, [finding]);

    expect((await sut.findById(assembly.id))?.findings).toEqual([finding]);
  });

  it('gives concurrent offers of the parts of one set one complete set', async () => {
    const key = keyOf();
    const ids = await messageIds(6);
    const results = await Promise.all(
      ids.map((messageId, i) =>
        sut.offer(key, { messageId, partNumber: i + 1, last: i === ids.length - 1 }, now, 60000),
      ),
    );

    const completed = results.filter((r) => r.assembly.status === 'complete');
    expect(completed).toHaveLength(1);
    expect(new Set(results.map((r) => r.assembly.id)).size).toBe(1);
  });
});
