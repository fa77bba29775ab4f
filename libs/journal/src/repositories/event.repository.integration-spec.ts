import { BACK_ENDS, openTestJournal, TestJournal } from '../testing/test-journal';
import { EventRepository } from './event.repository';

describe.each(BACK_ENDS)('EventRepository on %s', (kind) => {
  let journal: TestJournal;
  let sut: EventRepository;
  beforeAll(async () => {
    journal = await openTestJournal(kind);
    sut = new EventRepository(journal.db);
  });
  afterAll(() => journal.dispose());

  it('reads a subject back in time order, ties in the order written', async () => {
    const at = new Date('2024-05-01T10:00:00.000Z');
    await sut.append(
      {
        subjectType: 'message',
        subjectId: 'm1',
        state: 'routed',
        at: new Date('2024-05-01T10:00:05Z'),
      },
      { subjectType: 'message', subjectId: 'm1', state: 'received', at },
      { subjectType: 'message', subjectId: 'm1', state: 'accepted', at },
    );
    await sut.append({
      subjectType: 'message',
      subjectId: 'm1',
      state: 'delivered',
      at: new Date('2024-05-01T10:01:00Z'),
    });

    const events = await sut.eventsFor('message', 'm1');

    expect(events.map((e) => e.state)).toEqual(['received', 'accepted', 'routed', 'delivered']);
    const { id, ...first } = events[0];
    expect(Number.isInteger(id)).toBe(true);
    expect(first).toEqual({
      subjectType: 'message',
      subjectId: 'm1',
      state: 'received',
      detail: null,
      at,
    });
  });

  it('keeps subjects of different kinds apart, and their details intact', async () => {
    await sut.append(
      {
        subjectType: 'interchange',
        subjectId: 'x1',
        state: 'received',
        detail: { channel: 'mq', size: 10, test: false },
      },
      {
        subjectType: 'delivery',
        subjectId: 'x1',
        state: 'pending',
        detail: { destination: 'risk-engine' },
      },
    );

    const interchange = await sut.eventsFor('interchange', 'x1');
    const delivery = await sut.eventsFor('delivery', 'x1');

    expect(interchange.map((e) => e.detail)).toEqual([{ channel: 'mq', size: 10, test: false }]);
    expect(delivery.map((e) => e.state)).toEqual(['pending']);
  });

  it('merges several subjects into one timeline', async () => {
    await sut.append(
      {
        subjectType: 'interchange',
        subjectId: 'i2',
        state: 'received',
        at: new Date('2024-01-01T00:00:00Z'),
      },
      {
        subjectType: 'delivery',
        subjectId: 'd2',
        state: 'delivered',
        at: new Date('2024-01-01T00:00:02Z'),
      },
      {
        subjectType: 'message',
        subjectId: 'm2',
        state: 'accepted',
        at: new Date('2024-01-01T00:00:01Z'),
      },
      {
        subjectType: 'message',
        subjectId: 'other',
        state: 'accepted',
        at: new Date('2024-01-01T00:00:01Z'),
      },
    );

    const events = await sut.eventsAbout({
      interchange: ['i2'],
      message: ['m2'],
      delivery: ['d2'],
    });

    expect(events.map((e) => `${e.subjectType}:${e.state}`)).toEqual([
      'interchange:received',
      'message:accepted',
      'delivery:delivered',
    ]);
    expect(await sut.eventsAbout({ message: [] })).toEqual([]);
  });
});
