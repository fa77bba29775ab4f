import { DeliveryRepository } from '../repositories/delivery.repository';
import { anInterchange } from '../testing/journal.fixtures';
import { BACK_ENDS, openTestJournal, TestJournal } from '../testing/test-journal';
import { JournalWriter } from '../writer/journal.writer';
import { JournalReader } from './journal.reader';

describe.each(BACK_ENDS)('JournalReader on %s', (kind) => {
  let journal: TestJournal;
  let sut: JournalReader;
  beforeAll(async () => {
    journal = await openTestJournal(kind);
    sut = new JournalReader(journal.db);
  });
  afterAll(() => journal.dispose());

  it("tells an interchange's whole story", async () => {
    const record = anInterchange({ receivedAt: new Date(Date.now() - 1000) });
    const { interchangeId, messageIds } = await new JournalWriter(journal.db).recordInterchange(
      record,
    );
    const deliveries = new DeliveryRepository(journal.db);
    const { delivery } = await deliveries.createIfAbsent(messageIds[0], 'risk-engine');
    await deliveries.markDelivering(delivery.id, 1);
    await deliveries.markDelivered(delivery.id);

    const story = await sut.interchangeStory(interchangeId);

    expect(story?.interchange.id).toBe(interchangeId);
    expect(story?.ack?.contrl).toBe(record.contrl);
    expect(story?.messages.map((m) => m.id)).toEqual(messageIds);
    expect(story?.findings.map((f) => [f.rule, f.messageId])).toEqual([
      ['envelope.unb.date', null],
      ['paxlst.att.sex', messageIds[1]],
    ]);
    expect(story?.findings[1].location).toEqual({
      tag: 'ATT',
      position: 12,
      element: 3,
      value: 'X',
    });
    expect(story?.deliveries.map((d) => [d.messageId, d.status])).toEqual([
      [messageIds[0], 'delivered'],
    ]);
    const [m1, m2] = messageIds;
    expect(story?.events.map((e) => `${e.subjectType}:${e.subjectId}:${e.state}`)).toEqual([
      `interchange:${interchangeId}:received`,
      `message:${m1}:received`,
      `message:${m2}:received`,
      `message:${m1}:accepted`,
      `message:${m2}:rejected`,
      `interchange:${interchangeId}:accepted`,
      `delivery:${delivery.id}:pending`,
      `delivery:${delivery.id}:delivering`,
      `delivery:${delivery.id}:delivered`,
    ]);
    const times = story?.events.map((e) => e.at.getTime()) ?? [];
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('has no story for an interchange it never saw', async () => {
    expect(await sut.interchangeStory('no-such-interchange')).toBeUndefined();
  });
});
