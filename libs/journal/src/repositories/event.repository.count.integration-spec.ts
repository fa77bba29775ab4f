import { anInterchange } from '../testing/journal.fixtures';
import { BACK_ENDS, openTestJournal, TestJournal } from '../testing/test-journal';
import { JournalWriter } from '../writer/journal.writer';
import { DeliveryRepository } from './delivery.repository';
import { EventRepository } from './event.repository';

describe.each(BACK_ENDS)('EventRepository counts on %s', (kind) => {
  let journal: TestJournal;
  let sut: EventRepository;
  beforeAll(async () => {
    journal = await openTestJournal(kind);
    sut = new EventRepository(journal.db);
  });
  afterAll(() => journal.dispose());

  it('counts every entry into each state, replays included', async () => {
    const { messageIds } = await new JournalWriter(journal.db).recordInterchange(anInterchange());
    const deliveries = new DeliveryRepository(journal.db);
    const { delivery } = await deliveries.createIfAbsent(messageIds[0], 'risk-engine');
    await deliveries.markDelivering(delivery.id, 1);
    await deliveries.markFailed(delivery.id, 1, 'HTTP 503');
    await deliveries.markDead(delivery.id, 'gave up');
    await deliveries.resetForReplay(delivery.id);
    await deliveries.markDelivering(delivery.id, 1);
    await deliveries.markDelivered(delivery.id);

    expect(await sut.countByState('delivery')).toEqual({
      pending: 2,
      delivering: 2,
      failed: 1,
      dead: 1,
      delivered: 1,
    });
    expect(await sut.countByState('interchange')).toEqual({ received: 1, accepted: 1 });
  });
});
