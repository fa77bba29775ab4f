import { anInterchange } from '../testing/journal.fixtures';
import { BACK_ENDS, openTestJournal, TestJournal } from '../testing/test-journal';
import { JournalWriter } from '../writer/journal.writer';
import { DeliveryRepository } from './delivery.repository';

describe.each(BACK_ENDS)('DeliveryRepository latencies on %s', (kind) => {
  let journal: TestJournal;
  let sut: DeliveryRepository;
  beforeAll(async () => {
    journal = await openTestJournal(kind);
    sut = new DeliveryRepository(journal.db);
  });
  afterAll(() => journal.dispose());

  it('measures receipt to delivery for the deliveries completed in a window', async () => {
    const start = new Date();
    const receivedAt = new Date(start.getTime() - 5000);
    const { messageIds } = await new JournalWriter(journal.db).recordInterchange(
      anInterchange({ receivedAt }),
    );
    const delivered = (await sut.createIfAbsent(messageIds[0], 'risk-engine')).delivery;
    const stuck = (await sut.createIfAbsent(messageIds[0], 'border-control')).delivery;
    await sut.markDelivering(delivered.id, 1);
    await sut.markDelivered(delivered.id);
    await sut.markDelivering(stuck.id, 1);
    const end = new Date(Date.now() + 1);

    const latencies = await sut.latenciesMs(new Date(start.getTime() - 1), end);

    expect(latencies).toHaveLength(1);
    expect(latencies[0]).toBeGreaterThanOrEqual(5000);
    expect(latencies[0]).toBeLessThan(5000 + (end.getTime() - start.getTime()) + 1);
    expect(await sut.latenciesMs(end, new Date(end.getTime() + 60_000))).toEqual([]);
  });
});
