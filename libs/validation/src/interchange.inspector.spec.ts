import { syntaxFinding } from '@app/edifact';
import { InterchangeInspection } from './interchange.inspector';
import { readFixture } from './testing/fixture-folders';

const NOW = new Date('2026-06-01T12:00:00Z');

/**
 * REF0001 from DEMO: messages M1 (MILLER) and M2 (SCHMIDT), one passenger each, on LH400
 * FRA-JFK of 2026-06-01.
 */
const INTERCHANGE = readFixture('paxlst', 'ok', 'two-messages');

describe('InterchangeInspection', () => {
  it('reads the envelope and every message when made', () => {
    const inspection = new InterchangeInspection(INTERCHANGE, { now: NOW });

    expect(inspection.header.sender.id).toBe('DEMO');
    expect(inspection.header.controlReference).toBe('REF0001');
    expect(inspection.documents().map((d): unknown => JSON.parse(d ?? 'null'))).toEqual([
      expect.objectContaining({ travellers: [expect.objectContaining({ surname: 'MILLER' })] }),
      expect.objectContaining({ travellers: [expect.objectContaining({ surname: 'SCHMIDT' })] }),
    ]);
  });

  it('keeps no segment once read: an inspection waiting for the journal holds only its readings', () => {
    const inspection = new InterchangeInspection(INTERCHANGE, { now: NOW });

    // Only the segments hold a tag beside an element list; the readings name travellers instead.
    expect(JSON.stringify(inspection)).not.toMatch(/"segments"|"elements"/);
  });

  it('reports the flight and the airports each message names', () => {
    const report = new InterchangeInspection(INTERCHANGE, { now: NOW }).conclude([], 'C1');

    expect(report.messages.map((m) => [m.flight, m.airports])).toEqual([
      [{ carrierCode: 'LH', flightNumber: '400', departureDate: '2026-06-01' }, ['FRA', 'JFK']],
      [{ carrierCode: 'LH', flightNumber: '400', departureDate: '2026-06-01' }, ['FRA', 'JFK']],
    ]);
  });

  it('keeps no content with keepContent false, and concludes as well without it', () => {
    const kept = new InterchangeInspection(INTERCHANGE, { now: NOW });
    const slim = new InterchangeInspection(INTERCHANGE, { now: NOW, keepContent: false });

    expect(JSON.stringify(kept)).toContain('"surname":"MILLER"');
    expect(JSON.stringify(slim)).not.toContain('"surname"');
    expect(slim.conclude([], 'C1')).toEqual(kept.conclude([], 'C1'));
    expect(() => slim.documents()).toThrow(/keepContent/);
  });

  it('concludes more than once from one reading, each verdict with its own extra findings', () => {
    const inspection = new InterchangeInspection(INTERCHANGE, { now: NOW });
    const unknownSender = syntaxFinding('interchange', '23', 'gateway.sender', 'not registered', {
      tag: 'UNB',
    });

    const rejected = inspection.conclude([unknownSender], 'C1');
    const accepted = inspection.conclude([], 'C2');

    expect(rejected.outcome).toBe('rejected');
    expect(rejected.messages.map((m) => m.outcome)).toEqual(['rejected', 'rejected']);
    expect(rejected.contrl).toContain('UCI+REF0001+DEMO:ZZ+PAXGATE:ZZ+4+23');
    expect(accepted.outcome).toBe('accepted');
    expect(accepted.messages.map((m) => [m.reference, m.outcome, m.travellers])).toEqual([
      ['M1', 'accepted', 1],
      ['M2', 'accepted', 1],
    ]);
    expect(accepted.findings).not.toContainEqual(unknownSender);
    expect(accepted.contrl).toContain('UCI+REF0001+DEMO:ZZ+PAXGATE:ZZ+7');
  });

  it('names the foremost finding in the CONTRL, before what reading a cut body found', () => {
    const cut = new InterchangeInspection(INTERCHANGE.subarray(0, 200), { now: NOW });
    const tooLarge = syntaxFinding('interchange', '18', 'gateway.size', 'over the limit', {
      tag: 'UNB',
    });

    const asExtra = cut.conclude([tooLarge], 'C1');
    const foremost = cut.conclude([], 'C1', [tooLarge]);

    expect(asExtra.contrl).toContain('UCI+REF0001+DEMO:ZZ+PAXGATE:ZZ+4+13+UNZ');
    expect(foremost.contrl).toContain('UCI+REF0001+DEMO:ZZ+PAXGATE:ZZ+4+18+UNB');
    expect(foremost.findings[0]).toBe(tooLarge);
    expect(foremost.findings).toContainEqual(
      expect.objectContaining({ rule: 'envelope.unz.missing' }),
    );
  });
});
