import { Logger } from '@nestjs/common';
import { InboundSubject } from './inbound.subject';
import { PoisonQuarantinePolicy } from './poison-quarantine.policy';
import { FakeIngestAttempts } from './testing/fake-ingest.attempts';
import { FakeQuarantineEvents } from './testing/fake-quarantine.events';

const BYTES = Buffer.from("UNA:+.? 'UNB+UNOA:4+DEMO:ZZ+PAXGATE:ZZ+261207:1100+REF42'UNH+1+PAX");

describe(PoisonQuarantinePolicy.name, () => {
  let attempts: FakeIngestAttempts;
  let events: FakeQuarantineEvents;
  let sut: PoisonQuarantinePolicy;
  let subject: InboundSubject;
  let warnings: string[];
  let tries: number;

  const succeeds = () => {
    tries++;
    return Promise.resolve('ic-1');
  };
  const crashes = () => {
    tries++;
    return Promise.reject(new Error('inspection ran out of memory'));
  };

  beforeEach(() => {
    attempts = new FakeIngestAttempts();
    events = new FakeQuarantineEvents();
    sut = new PoisonQuarantinePolicy(attempts, events, { maxAttempts: 3 });
    subject = InboundSubject.upload('DEMO', 'x.edi', BYTES);
    warnings = [];
    tries = 0;
    jest.spyOn(Logger.prototype, 'warn').mockImplementation((m: unknown) => {
      warnings.push(String(m));
    });
    jest.spyOn(Logger.prototype, 'debug').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });

  afterEach(() => jest.restoreAllMocks());

  describe('a first try', () => {
    it('writes nothing when it succeeds', async () => {
      expect(await sut.attempt(subject, 'first', succeeds)).toEqual({
        kind: 'ingested',
        value: 'ic-1',
      });
      expect(attempts.calls).toEqual([]);
    });

    it('is counted when it fails, and left for a later try', async () => {
      const outcome = await sut.attempt(subject, 'first', crashes);

      expect(outcome).toEqual({
        kind: 'failed',
        error: new Error('inspection ran out of memory'),
        counted: true,
      });
      expect(attempts.rows.get(subject.key)).toMatchObject({
        attempts: 1,
        lastError: 'inspection ran out of memory',
      });
    });

    it('is quarantined at once when one try is all there may be', async () => {
      sut = new PoisonQuarantinePolicy(attempts, events, { maxAttempts: 1 });

      expect(await sut.attempt(subject, 'first', crashes)).toEqual({
        kind: 'quarantine',
        attempts: 1,
        lastError: 'inspection ran out of memory',
      });
    });

    it('is not counted when the journal is out of reach too (an outage, not poison)', async () => {
      attempts.down = true;

      expect(await sut.attempt(subject, 'first', crashes)).toMatchObject({
        kind: 'failed',
        counted: false,
      });
      sut = new PoisonQuarantinePolicy(attempts, events, { maxAttempts: 1 });
      expect((await sut.attempt(subject, 'first', crashes)).kind).toBe('failed');
    });
  });

  describe('a retry', () => {
    it('is counted before it starts, and forgotten once it succeeds', async () => {
      let countedFirst = false;
      const outcome = await sut.attempt(subject, 'retry', () => {
        countedFirst = attempts.rows.get(subject.key)?.attempts === 1;
        return succeeds();
      });

      expect(outcome.kind).toBe('ingested');
      expect(countedFirst).toBe(true);
      expect(attempts.calls).toEqual([`attempt ${subject.key}`, `clear ${subject.key}`]);
      expect(attempts.rows.has(subject.key)).toBe(false);
    });

    it('that fails is counted once', async () => {
      await sut.attempt(subject, 'retry', crashes);

      expect(attempts.rows.get(subject.key)?.attempts).toBe(1);
    });

    it('is not made once a crash loop has used up the tries: quarantine instead', async () => {
      attempts.seed(subject.key, 3);

      const outcome = await sut.attempt(subject, 'retry', succeeds);

      expect(outcome).toEqual({ kind: 'quarantine', attempts: 3, lastError: null });
      expect(tries).toBe(0);
    });

    it('is not made when it cannot be counted', async () => {
      attempts.down = true;

      const outcome = await sut.attempt(subject, 'retry', succeeds);

      expect(outcome).toMatchObject({ kind: 'failed', counted: false });
      expect(tries).toBe(0);
    });

    it('is not made of something quarantined where it lies', async () => {
      await attempts.keepQuarantined(subject.key);

      expect(await sut.attempt(subject, 'retry', succeeds)).toEqual({ kind: 'set-aside' });
      expect(tries).toBe(0);
    });
  });

  it('quarantines what fails every time after maxAttempts tries, first and retries alike', async () => {
    const outcomes = [await sut.attempt(subject, 'first', crashes)];
    while (outcomes.at(-1)?.kind === 'failed') {
      outcomes.push(await sut.attempt(subject, 'retry', crashes));
    }

    expect(outcomes.map((o) => o.kind)).toEqual(['failed', 'failed', 'quarantine']);
    expect(outcomes.at(-1)).toEqual({
      kind: 'quarantine',
      attempts: 3,
      lastError: 'inspection ran out of memory',
    });
    expect(tries).toBe(3);
  });

  describe('a quarantine', () => {
    const verdict = { kind: 'quarantine', attempts: 3, lastError: 'boom' } as const;

    it('is journaled as an inbound event, logged as a warning, and its tries forgotten', async () => {
      attempts.seed(subject.key, 3);

      await sut.quarantined(subject, verdict, 'quarantine/x.edi');

      expect(events.appended).toEqual([
        {
          subjectType: 'inbound',
          subjectId: subject.key,
          state: 'quarantined',
          detail: {
            channel: 'sftp',
            carrier: 'DEMO',
            source: 'inbox/x.edi',
            placedAt: 'quarantine/x.edi',
            attempts: 3,
            lastError: 'boom',
            sha256: subject.sha256,
            size: BYTES.length,
          },
        },
      ]);
      expect(warnings).toEqual([
        'sftp DEMO: inbox/x.edi quarantined after 3 failed attempt(s), now at quarantine/x.edi; last error: boom',
      ]);
      expect(attempts.rows.has(subject.key)).toBe(false);
    });

    it('left in place keeps its key, so it is never tried again', async () => {
      await sut.quarantined(subject, verdict, 'left in place', true);

      expect(attempts.rows.get(subject.key)?.quarantined).toBe(true);
    });

    it('does not throw when the journal is out of reach', async () => {
      attempts.down = true;

      await expect(sut.quarantined(subject, verdict, 'quarantine/x.edi')).resolves.toBeUndefined();
    });

    it('is answered with a CONTRL that rejects the interchange with code 18', () => {
      expect(sut.rejection(subject, verdict)).toContain("UCI+REF42+DEMO:ZZ+PAXGATE:ZZ+4+18'");
    });
  });
});
