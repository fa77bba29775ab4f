import { AssemblyConfig } from '@app/config';
import { EventRepository } from '@app/journal';
import { randomUUID } from 'node:crypto';
import { AssemblePartsUseCase } from './assemble-parts.usecase';
import { aPart, MultipartJournal } from './testing/multipart.journal';

const config: AssemblyConfig = { timeoutMs: 60000, sweepIntervalMs: 1000 };

describe(AssemblePartsUseCase.name, () => {
  let journal: MultipartJournal;
  let sut: AssemblePartsUseCase;

  beforeAll(async () => {
    journal = await MultipartJournal.open();
    sut = new AssemblePartsUseCase(journal.assemblies, journal.messages, config, journal.documents);
  });
  afterAll(() => journal.close());

  const admit = async (messageId: string) =>
    sut.execute({ message: await journal.summary(messageId), carrier: 'DEMO' });
  const statusOf = async (messageId: string) => (await journal.summary(messageId)).status;

  it('routes a whole message at once, and `01:F` too', async () => {
    const plain = await journal.record({ type: 'PAXLST', reference: '1', outcome: 'accepted' });
    const single = await journal.record(aPart(`A${randomUUID()}`, 1, true, ['ADAMS']));

    expect((await admit(plain)).kind).toBe('single');
    expect((await admit(single)).kind).toBe('single');
  });

  it('holds parts until the set is whole, then names the lowest part as its lead', async () => {
    const access = `A${randomUUID()}`;
    const second = await journal.record(aPart(access, 2, true, ['CLARK']));
    const first = await journal.record(aPart(access, 1, false, ['ADAMS', 'BAKER']));

    const waiting = await admit(second);
    expect(waiting.kind).toBe('waiting');
    expect(await statusOf(second)).toBe('assembling');

    const whole = await admit(first);
    expect(whole).toMatchObject({ kind: 'assembled', lead: { id: first } });
    expect(await statusOf(second)).toBe('routed');
    // A re-run of a part's job sees the same whole set.
    expect(await admit(second)).toMatchObject({ kind: 'assembled', lead: { id: first } });
  });

  it('ignores a part number received twice, and records why', async () => {
    const access = `A${randomUUID()}`;
    const first = await journal.record(aPart(access, 1, false, ['ADAMS']));
    const again = await journal.record(aPart(access, 1, false, ['ADAMS']));
    await admit(first);

    expect(await admit(again)).toMatchObject({ kind: 'ignored', reason: 'duplicate-part' });
    const events = await new EventRepository(journal.db).eventsFor('message', again);
    expect(events.at(-1)).toMatchObject({ state: 'duplicate', detail: { heldBy: first, part: 1 } });
  });

  it('records a totals finding when the parts do not add up to CNT', async () => {
    const access = `A${randomUUID()}`;
    await admit(await journal.record(aPart(access, 1, false, ['ADAMS'])));
    const whole = await admit(await journal.record(aPart(access, 2, true, ['BAKER'])));

    expect(whole.kind).toBe('assembled');
    const assembly = whole.kind === 'assembled' ? whole.assembly : undefined;
    expect(assembly?.findings.map((f) => f.rule)).toEqual(['assembly.totals.passengers']);
  });

  it('refuses a part that comes after its set was closed incomplete', async () => {
    const access = `A${randomUUID()}`;
    const first = await admit(await journal.record(aPart(access, 1, false, ['ADAMS'])));
    const id = first.kind === 'waiting' ? first.assembly.id : '';
    await journal.assemblies.transition(id, ['assembling'], 'incomplete', new Date(), []);

    const late = await journal.record(aPart(access, 2, true, ['BAKER']));

    expect(await admit(late)).toMatchObject({ kind: 'ignored', reason: 'late-part' });
    expect(await statusOf(late)).toBe('incomplete');
  });
});
