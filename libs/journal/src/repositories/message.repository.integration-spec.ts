import { aMessage, anInterchange } from '../testing/journal.fixtures';
import { BACK_ENDS, openTestJournal, TestJournal } from '../testing/test-journal';
import { JournalWriter } from '../writer/journal.writer';
import { EventRepository } from './event.repository';
import { InterchangeRepository } from './interchange.repository';
import { MessageRepository } from './message.repository';

describe.each(BACK_ENDS)('MessageRepository on %s', (kind) => {
  let journal: TestJournal;
  let writer: JournalWriter;
  let sut: MessageRepository;
  beforeAll(async () => {
    journal = await openTestJournal(kind);
    writer = new JournalWriter(journal.db);
    sut = new MessageRepository(journal.db);
  });
  afterAll(() => journal.dispose());

  it('reads messages back in interchange order, as written, without their documents', async () => {
    const part = aMessage({
      accessReference: 'LA532/200119',
      partNumber: 1,
      partLast: false,
      pnrs: 3,
      airports: ['SCL', 'JFK'],
    });
    const { interchangeId, messageIds } = await writer.recordInterchange(
      anInterchange({
        messages: [part, aMessage({ reference: '2', normalisedJson: null, flight: {} })],
      }),
    );

    const messages = await sut.listForInterchange(interchangeId);

    expect(messages.map((m) => m.id)).toEqual(messageIds);
    expect(messages[0]).toEqual({
      id: messageIds[0],
      interchangeId,
      position: 1,
      type: 'PAXLST',
      reference: '53371718146010',
      accessReference: 'LA532/200119',
      partNumber: 1,
      partLast: false,
      outcome: 'accepted',
      status: 'accepted',
      flight: { carrierCode: 'LA', flightNumber: '532', departureDate: '2020-01-19' },
      travellers: 2,
      pnrs: 3,
      airports: ['SCL', 'JFK'],
    });
    expect(messages[1]).toEqual(
      expect.objectContaining({
        position: 2,
        partLast: null,
        flight: { carrierCode: null, flightNumber: null, departureDate: null },
      }),
    );
    expect(messages[0]).not.toHaveProperty('normalisedJson');
    expect(await sut.findDocument(messageIds[0])).toBe(
      '{"flight":{"carrier":"LA","number":"532"}}',
    );
    expect(await sut.findDocument(messageIds[1])).toBeNull();
  });

  it('reads a message without its document as its summary', async () => {
    const { messageIds } = await writer.recordInterchange(anInterchange());
    const { normalisedJson, ...summary } = (await sut.findById(messageIds[0]))!;

    expect(normalisedJson).not.toBeNull();
    expect(await sut.findSummaryById(messageIds[0])).toStrictEqual(summary);
    expect(await sut.findSummaryById('no-such-message')).toBeUndefined();
  });

  it('reads a message with its interchange in one query, the bytes only when asked', async () => {
    const rejected = aMessage({ reference: '2', outcome: 'rejected' });
    const sent = anInterchange({ messages: [aMessage(), rejected] });
    const { interchangeId, messageIds } = await writer.recordInterchange(sent);
    const interchanges = new InterchangeRepository(journal.db);

    const found = await sut.findWithInterchange(messageIds[1]);
    const withRaw = await sut.findWithInterchange(messageIds[1], { raw: true });

    expect(found).toStrictEqual({
      message: await sut.findSummaryById(messageIds[1]),
      interchange: await interchanges.findSummaryById(interchangeId),
    });
    // The two outcomes are distinct columns: a rejected message in an accepted interchange.
    expect(found?.message.outcome).toBe('rejected');
    expect(found?.interchange.outcome).toBe('accepted');
    expect(found?.interchange.id).toBe(interchangeId);
    expect(withRaw).toStrictEqual({ ...found, raw: sent.raw });
    expect(await sut.findWithInterchange('no-such-message', { raw: true })).toBeUndefined();
  });

  it("reads a message's document alone, null when it has none", async () => {
    const { messageIds } = await writer.recordInterchange(
      anInterchange({ messages: [aMessage(), aMessage({ reference: '2', normalisedJson: null })] }),
    );

    expect(await sut.findDocument(messageIds[0])).toBe(
      '{"flight":{"carrier":"LA","number":"532"}}',
    );
    expect(await sut.findDocument(messageIds[1])).toBeNull();
    expect(await sut.findDocument('no-such-message')).toBeNull();
  });

  it('keeps documents by position, leaves a kept one as it is, and skips nulls', async () => {
    const { interchangeId, messageIds } = await writer.recordInterchange(
      anInterchange({
        messages: [
          aMessage({ normalisedJson: null }),
          aMessage({ reference: '2', normalisedJson: '{"kept":true}' }),
          aMessage({ reference: '3', normalisedJson: null }),
        ],
      }),
    );

    await sut.keepDocuments(interchangeId, ['{"first":1}', '{"second":2}', null]);
    await sut.keepDocuments(interchangeId, ['{"first":"again"}']);

    expect(await sut.findDocument(messageIds[0])).toBe('{"first":1}');
    expect(await sut.findDocument(messageIds[1])).toBe('{"kept":true}');
    expect(await sut.findDocument(messageIds[2])).toBeNull();
  });

  it('finds every message about one flight', async () => {
    const flight = {
      carrierCode: 'ZZ',
      flightNumber: `${Date.now() % 10000}`,
      departureDate: null,
    };
    const first = await writer.recordInterchange(
      anInterchange({ messages: [aMessage({ flight })] }),
    );
    const second = await writer.recordInterchange(
      anInterchange({
        messages: [
          aMessage({ flight }),
          aMessage({ flight: { ...flight, departureDate: '2024-05-01' } }),
        ],
      }),
    );

    const found = await sut.listForFlight(flight);

    expect(found.map((m) => m.id)).toEqual([first.messageIds[0], second.messageIds[0]]);
    expect(found[0]).not.toHaveProperty('normalisedJson');
  });

  it('moves a message on and records the change', async () => {
    const [id] = (await writer.recordInterchange(anInterchange())).messageIds;

    await sut.setStatus(id, 'routed', { destinations: 2 });

    expect((await sut.findById(id))?.status).toBe('routed');
    const events = await new EventRepository(journal.db).eventsFor('message', id);
    expect(events.map((e) => e.state)).toEqual(['received', 'accepted', 'routed']);
    expect(events[2].detail).toEqual({ destinations: 2 });
    await expect(sut.setStatus('no-such-message', 'routed')).rejects.toThrow(
      'No message no-such-message',
    );
  });
});
