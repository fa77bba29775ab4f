import { anInterchange, rejectionOf } from '../testing/journal.fixtures';
import { BACK_ENDS, openTestJournal, TestJournal } from '../testing/test-journal';
import { JournalWriter } from '../writer/journal.writer';
import { CarrierRepository } from './carrier.repository';
import { InterchangeRepository } from './interchange.repository';

describe.each(BACK_ENDS)('CarrierRepository on %s', (kind) => {
  let journal: TestJournal;
  let sut: CarrierRepository;
  beforeAll(async () => {
    journal = await openTestJournal(kind);
    sut = new CarrierRepository(journal.db);
  });
  afterAll(() => journal.dispose());

  it('finds a carrier by any of its sender identities', async () => {
    const carrier = await sut.create('Lufthansa', [
      { senderId: 'LHAPI', qualifier: '' },
      { senderId: 'LUFTHANSA', qualifier: 'ZZ' },
    ]);

    expect(await sut.findBySender('LUFTHANSA', 'ZZ')).toEqual(carrier);
    expect((await sut.findBySender('LHAPI'))?.id).toBe(carrier.id);
    expect(await sut.findBySender('LUFTHANSA')).toBeUndefined();
  });

  it('gives a sender identity to one carrier only, creating nothing on refusal', async () => {
    await sut.create('Air One', [{ senderId: 'SHARED', qualifier: '' }]);

    const refused = sut.create('Air Two', [{ senderId: 'SHARED', qualifier: '' }]);

    expect(await rejectionOf(refused)).toMatch(/unique|duplicate key/i);

    const names = await journal.db.selectFrom('carriers').select('name').execute();
    expect(names.map((n) => n.name)).not.toContain('Air Two');
  });

  it('owns the interchanges recorded against it', async () => {
    const carrier = await sut.create('LATAM');
    const { interchangeId } = await new JournalWriter(journal.db).recordInterchange(
      anInterchange({ carrierId: carrier.id }),
    );

    expect((await new InterchangeRepository(journal.db).findById(interchangeId))?.carrierId).toBe(
      carrier.id,
    );
    expect(await sut.findById(carrier.id)).toEqual({ ...carrier, senders: [] });
  });

  it('ensures a configured carrier once, under its own id, adding only missing senders', async () => {
    await sut.ensure('DEMO', 'Demo Airline', [{ senderId: 'DEMO', qualifier: '' }]);
    await sut.ensure('DEMO', 'Demo Airline', [
      { senderId: 'DEMO', qualifier: '' },
      { senderId: 'LUFTHANSA', qualifier: '' },
    ]);

    const carrier = await sut.findById('DEMO');

    expect(carrier?.name).toBe('Demo Airline');
    expect(carrier?.senders.map((s) => s.senderId).sort()).toEqual(['DEMO', 'LUFTHANSA']);
    expect((await sut.findBySender('LUFTHANSA'))?.id).toBe('DEMO');
  });
});
