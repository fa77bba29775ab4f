import { randomUUID } from 'node:crypto';
import { aMessage, anInterchange } from '../testing/journal.fixtures';
import { BACK_ENDS, openTestJournal, TestJournal } from '../testing/test-journal';
import { JournalWriter } from '../writer/journal.writer';
import { CarrierRepository } from './carrier.repository';
import { InterchangeRepository } from './interchange.repository';

describe.each(BACK_ENDS)('InterchangeRepository queries on %s', (kind) => {
  let journal: TestJournal;
  let writer: JournalWriter;
  let sut: InterchangeRepository;
  let carrierId: string;
  let otherCarrierId: string;
  const ids: Record<string, string> = {};
  // A flight number of this run only, so the rows of other tests never match.
  const flightNumber = `${Math.floor(Math.random() * 9000) + 1000}`;

  beforeAll(async () => {
    journal = await openTestJournal(kind);
    writer = new JournalWriter(journal.db);
    sut = new InterchangeRepository(journal.db);
    const carriers = new CarrierRepository(journal.db);
    carrierId = (await carriers.create('Lufthansa')).id;
    otherCarrierId = (await carriers.create('LATAM')).id;
    const flight = (date: string) => ({ carrierCode: 'LH', flightNumber, departureDate: date });
    const seed = async (name: string, at: string, extra: Parameters<typeof anInterchange>[0]) => {
      const record = anInterchange({ carrierId, receivedAt: new Date(at), ...extra });
      ids[name] = (await writer.recordInterchange(record)).interchangeId;
    };
    await seed('early', '2026-11-27T08:00:00.000Z', {
      messages: [aMessage({ flight: flight('2026-11-27') })],
    });
    await seed('rejected', '2026-11-28T09:00:00.000Z', {
      outcome: 'rejected',
      messages: [aMessage({ outcome: 'rejected', flight: flight('2026-11-28') })],
    });
    await seed('twice', '2026-11-28T10:00:00.000Z', {
      messages: [
        aMessage({ flight: flight('2026-11-28') }),
        aMessage({ reference: '2', flight: flight('2026-11-28') }),
      ],
    });
    await seed('other', '2026-11-28T11:00:00.000Z', { carrierId: otherCarrierId });
  });
  afterAll(() => journal.dispose());

  it('lists newest first, without the bytes, at most `limit`', async () => {
    const all = await sut.list({ carrierId });

    expect(all.map((i) => i.id)).toEqual([ids.twice, ids.rejected, ids.early]);
    expect(all[0]).not.toHaveProperty('raw');
    expect(all[0]).toEqual(
      expect.objectContaining({ carrierId, outcome: 'accepted', channel: 'https', test: false }),
    );
    expect(all[0].receivedAt).toEqual(new Date('2026-11-28T10:00:00.000Z'));
    expect(all[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await sut.list({ carrierId, limit: 2 })).map((i) => i.id)).toEqual([
      ids.twice,
      ids.rejected,
    ]);
  });

  it('narrows by carrier and outcome', async () => {
    expect((await sut.list({ carrierId: otherCarrierId })).map((i) => i.id)).toEqual([ids.other]);
    expect((await sut.list({ carrierId, outcome: 'rejected' })).map((i) => i.id)).toEqual([
      ids.rejected,
    ]);
    expect(await sut.list({ carrierId: randomUUID() })).toEqual([]);
  });

  it('narrows by receipt time, from inclusive and before exclusive', async () => {
    const found = await sut.list({
      carrierId,
      receivedFrom: new Date('2026-11-28T09:00:00.000Z'),
      receivedBefore: new Date('2026-11-28T10:00:00.000Z'),
    });

    expect(found.map((i) => i.id)).toEqual([ids.rejected]);
  });

  it('narrows by flight, with or without its date, listing each interchange once', async () => {
    const anyDate = await sut.list({ flight: { carrierCode: 'LH', flightNumber } });
    const onDate = await sut.list({
      flight: { carrierCode: 'LH', flightNumber, departureDate: '2026-11-28' },
    });

    expect(anyDate.map((i) => i.id)).toEqual([ids.twice, ids.rejected, ids.early]);
    expect(onDate.map((i) => i.id)).toEqual([ids.twice, ids.rejected]);
    expect(await sut.list({ flight: { carrierCode: 'LX', flightNumber } })).toEqual([]);
  });

  it('reads the summaries of given interchanges, leaving out unknown ids', async () => {
    const found = await sut.summariesOf([ids.early, 'no-such-interchange', ids.other]);

    expect(found.map((i) => i.id).sort()).toEqual([ids.early, ids.other].sort());
    expect(found[0]).not.toHaveProperty('raw');
    expect(await sut.summariesOf([])).toEqual([]);
  });

  it('counts interchanges by outcome', async () => {
    const before = await sut.countByOutcome();
    await writer.recordInterchange(anInterchange());
    await writer.recordInterchange(anInterchange({ outcome: 'duplicate', duplicateOf: ids.early }));

    const after = await sut.countByOutcome();

    expect(after).toEqual({
      accepted: before.accepted + 1,
      rejected: before.rejected,
      duplicate: before.duplicate + 1,
    });
    expect(before.accepted).toBeGreaterThanOrEqual(3);
    expect(before.rejected).toBeGreaterThanOrEqual(1);
  });
});
