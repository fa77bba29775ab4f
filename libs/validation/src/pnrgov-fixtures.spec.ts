import { validateInterchange } from './interchange.inspector';
import { fixtureNames, readFixture } from './testing/fixture-folders';

/** The clock every fixture is read with: after each one's UNB date (2026-11-28). */
const NOW = new Date('2026-12-01T00:00:00Z');

/** Every file of pnrgov/not-ok, and the rule of the finding its name says. */
const DEFECTS: Record<string, string> = {
  'msg-function-unknown': 'pnrgov.msg.function',
  'rci-missing': 'pnrgov.rci.missing',
  'segment-unknown-xyz': 'pnrgov.segment.unknown',
  'src-missing': 'pnrgov.src.missing',
  'ssr-docs-sex-invalid': 'pnrgov.ssr.docs.sex', // a warning: the push is accepted
  'tvl-airport-invalid': 'pnrgov.tvl.airport',
  'tvl-arrival-before-departure': 'pnrgov.tvl.arrival-before-departure', // a warning too
  'tvl-date-invalid': 'pnrgov.tvl.date',
  'unb-syntax-identifier-unknown': 'envelope.unb.syntax-identifier',
  'unt-count-mismatch': 'envelope.unt.count',
  'unz-count-mismatch': 'envelope.unz.count',
};

describe('PNRGOV fixtures (test/fixtures/pnrgov)', () => {
  it.each(fixtureNames('pnrgov', 'ok'))('ok/%s.edi is accepted, without a finding', (name) => {
    const report = validateInterchange(readFixture('pnrgov', 'ok', name), { now: NOW });

    expect(report.findings).toEqual([]);
    expect(report.outcome).toBe('accepted');
    expect(report.messages.length).toBeGreaterThan(0);
    expect(report.messages.every((m) => m.type === 'PNRGOV')).toBe(true);
  });

  it('knows the defect of every not-ok file', () => {
    expect(fixtureNames('pnrgov', 'not-ok')).toEqual(Object.keys(DEFECTS).sort());
  });

  it.each(Object.entries(DEFECTS))('not-ok/%s.edi has a finding %s', (name, rule) => {
    const report = validateInterchange(readFixture('pnrgov', 'not-ok', name), { now: NOW });
    const finding = report.findings.find((f) => f.rule === rule);

    expect(finding).toBeDefined();
    // A syntax fault rejects; a quality finding alone is reported and accepted.
    expect(report.outcome).toBe(finding?.kind === 'syntax' ? 'rejected' : 'accepted');
    expect(report.messages.every((m) => m.type === 'PNRGOV')).toBe(true);
  });
});
