import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateInterchange } from './interchange.inspector';
import { fixtureNames, readFixture } from './testing/fixture-folders';

/** The clock every fixture is read with: after each one's UNB date, before a document expires. */
const NOW = new Date('2026-12-01T00:00:00Z');

/** Every file of paxlst/not-ok, and the rule of the finding its name says. */
const DEFECTS: Record<string, string> = {
  'att-sex-invalid': 'paxlst.att.sex',
  'bgm-not-after-unh': 'paxlst.bgm.position',
  'cnt-missing': 'paxlst.cnt.missing',
  'dtm-birth-date-invalid': 'paxlst.dtm.date',
  'nad-party-qualifier-unknown': 'paxlst.nad.party',
  'segment-unknown-uns': 'paxlst.segment.unknown',
  'tdt-missing': 'paxlst.tdt.missing',
  'truncated-mid-message': 'envelope.unt.missing',
  'unb-syntax-identifier-unknown': 'envelope.unb.syntax-identifier',
  'unh-reference-duplicate': 'envelope.unh.duplicate-reference',
  'unt-count-mismatch': 'envelope.unt.count',
  'unt-reference-mismatch': 'envelope.unt.reference',
  'unz-count-mismatch': 'envelope.unz.count',
  'unz-missing': 'envelope.unz.missing',
  'unz-reference-mismatch': 'envelope.unz.reference',
};

describe('PAXLST fixtures (test/fixtures/paxlst)', () => {
  it.each(fixtureNames('paxlst', 'ok'))('ok/%s.edi is accepted, without a finding', (name) => {
    const report = validateInterchange(readFixture('paxlst', 'ok', name), { now: NOW });

    expect(report.findings).toEqual([]);
    expect(report.outcome).toBe('accepted');
    expect(report.messages.length).toBeGreaterThan(0);
    expect(report.messages.every((m) => m.type === 'PAXLST' && m.travellers > 0)).toBe(true);
  });

  it('ok/demo-sample.edi is the shipped sample, config/samples/demo-paxlst.edi', () => {
    const shipped = join(__dirname, '..', '..', '..', 'config', 'samples', 'demo-paxlst.edi');
    expect(readFixture('paxlst', 'ok', 'demo-sample')).toEqual(readFileSync(shipped));
  });

  it('knows the defect of every not-ok file', () => {
    expect(fixtureNames('paxlst', 'not-ok')).toEqual(Object.keys(DEFECTS).sort());
  });

  it.each(Object.entries(DEFECTS))('not-ok/%s.edi has a finding %s', (name, rule) => {
    const report = validateInterchange(readFixture('paxlst', 'not-ok', name), { now: NOW });
    const finding = report.findings.find((f) => f.rule === rule);

    expect(finding).toBeDefined();
    // A syntax fault rejects; a quality finding alone is reported and accepted.
    expect(report.outcome).toBe(finding?.kind === 'syntax' ? 'rejected' : 'accepted');
    expect(report.messages.every((m) => m.type === 'PAXLST')).toBe(true);
  });
});
