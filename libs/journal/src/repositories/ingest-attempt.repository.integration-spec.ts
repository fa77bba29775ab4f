import { BACK_ENDS, openTestJournal, TestJournal } from '../testing/test-journal';
import { IngestAttemptRepository } from './ingest-attempt.repository';

describe.each(BACK_ENDS)('IngestAttemptRepository on %s', (kind) => {
  let journal: TestJournal;
  let sut: IngestAttemptRepository;
  let key: number;
  const next = (): string => `sftp:DEMO:x.edi:${++key}`;

  beforeAll(async () => {
    journal = await openTestJournal(kind);
    sut = new IngestAttemptRepository(journal.db);
    key = 0;
  });
  afterAll(() => journal.dispose());

  it('counts each try recorded before it starts, keeping the last error', async () => {
    const k = next();

    expect(await sut.recordAttempt(k)).toEqual({
      attempts: 1,
      lastError: null,
      quarantined: false,
    });
    expect(await sut.recordFailure(k, 'inspection crashed', true)).toEqual({
      attempts: 1,
      lastError: 'inspection crashed',
      quarantined: false,
    });
    expect(await sut.recordAttempt(k)).toEqual({
      attempts: 2,
      lastError: 'inspection crashed',
      quarantined: false,
    });
  });

  it('counts a failure of a try that was not recorded when it began', async () => {
    const k = next();

    expect((await sut.recordFailure(k, 'boom', false)).attempts).toBe(1);
    expect((await sut.recordFailure(k, 'boom again', false)).attempts).toBe(2);
  });

  it('starts again from nothing once cleared', async () => {
    const k = next();
    await sut.recordAttempt(k);
    await sut.recordAttempt(k);

    await sut.clear(k);

    expect((await sut.recordAttempt(k)).attempts).toBe(1);
  });

  it('keeps a key quarantined in place, and counts no more tries of it', async () => {
    const k = next();
    await sut.recordAttempt(k);

    await sut.keepQuarantined(k);

    expect(await sut.recordAttempt(k)).toEqual({ attempts: 1, lastError: null, quarantined: true });
  });

  it('keeps a key never tried as quarantined too', async () => {
    const k = next();

    await sut.keepQuarantined(k);

    expect((await sut.recordAttempt(k)).quarantined).toBe(true);
  });
});
