import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateInterchange } from '@app/validation';
import { countIndependently } from './support/independent-count';

const CORPUS = join(__dirname, 'fixtures', 'corpus');
const rows = readFileSync(join(CORPUS, 'MANIFEST.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [file, , , , type, expected] = line.split('\t');
    return { file, type, expected };
  });

// Counted once by the shared tools' independent reader (tools/count.py); pinned here so a
// change in either reader shows.
const PINNED: Record<string, number> = {
  'US-CBP__GTAS/Test1.txt': 8,
  'US-CBP__GTAS/Test3.txt': 260,
  'US-CBP__GTAS/flight1.txt': 10,
  'US-CBP__GTAS/airline2.edi': 10,
  'US-CBP__GTAS/apisMessage.txt': 2,
  'US-CBP__GTAS/multiple_flight_leg_apis.txt': 2,
  'seamustuohy__GTAS/airline2__typeB_v20150622.edi': 11,
  'seamustuohy__GTAS/airline2__unwrapped_v20150624.edi': 11,
  'US-CBP__GTAS/bigbigPnr.txt': 47,
  'US-CBP__GTAS/pnrWithBags.txt': 127,
  'US-CBP__GTAS/pnrForSingleRuleHits.txt': 127,
  'US-CBP__GTAS/3_pnrs.edi': 3,
  'US-CBP__GTAS/2_pnrs_basic.edi': 2,
  'US-CBP__GTAS/no_pnr_history.edi': 3,
  'US-CBP__GTAS/pnr_split.edi': 2,
  'US-CBP__GTAS/pnrMessagePg75.txt': 2,
  'US-CBP__GTAS/codeshare.edi': 0,
  'US-CBP__GTAS/infant.edi': 0,
};
const NOW = new Date('2026-11-28T12:00:00Z');

describe('the third-party corpus through paxgate validate', () => {
  it('has every manifest file beside its licence', () => {
    expect(rows.length).toBeGreaterThanOrEqual(48);
    for (const dir of ['US-CBP__GTAS', 'seamustuohy__GTAS']) {
      expect(readFileSync(join(CORPUS, dir, 'LICENSE.txt'), 'utf8').length).toBeGreaterThan(100);
    }
  });

  describe.each(rows)('$file', ({ file, type }) => {
    const raw = readFileSync(join(CORPUS, file));
    const report = validateInterchange(raw, { now: NOW });
    const independent = countIndependently(raw);

    it('answers with a CONTRL that names the interchange', () => {
      expect(report.contrl).toMatch(/UNH\+[^+']+\+CONTRL:(D:3|4:1):UN'/);
      expect(report.contrl).toContain(
        `UCI+${report.interchange.controlReference.replace(/([?'+:])/g, '?$1')}+`,
      );
    });

    it('counts what the independent reader counts', () => {
      const travellers = report.messages.reduce((n, m) => n + m.travellers, 0);
      const pnrs = report.messages.reduce((n, m) => n + m.pnrs, 0);
      if (independent.type === 'PAXLST') expect(travellers).toBe(independent.travellers);
      if (independent.type === 'PNRGOV') expect(pnrs).toBe(independent.pnrs);
      if (PINNED[file] !== undefined) expect(travellers + pnrs).toBe(PINNED[file]);
      if (independent.type !== 'unknown') expect(independent.type).toBe(type);
    });

    it('rejects exactly when a syntax fault is reported, and explains each one', () => {
      const faults = report.findings.filter((f) => f.kind === 'syntax');
      expect(report.outcome).toBe(faults.length > 0 ? 'rejected' : 'accepted');
      for (const f of report.findings) expect(f.message.length).toBeGreaterThan(15);
    });
  });

  it('rejects the five-character UNA and says so', () => {
    const report = validateInterchange(readFileSync(join(CORPUS, 'US-CBP__GTAS/codeshare.edi')), {
      now: NOW,
    });
    expect(report.outcome).toBe('rejected');
    expect(report.findings[0]).toMatchObject({
      kind: 'syntax',
      level: 'interchange',
      code: '20',
      rule: 'envelope.una.service-characters',
    });
    expect(report.findings[0].message).toContain('only five service characters');
    expect(report.contrl).toContain("UCI+0003+1A+KRC+4+20+UNA'");
  });

  it('rejects the typographic quote used as segment terminator and names it', () => {
    const report = validateInterchange(readFileSync(join(CORPUS, 'US-CBP__GTAS/infant.edi')), {
      now: NOW,
    });
    expect(report.outcome).toBe('rejected');
    expect(report.findings[0]).toMatchObject({ code: '20', level: 'interchange' });
    expect(report.findings[0].message).toContain('U+2019');
    expect(report.contrl).toContain("UCI+0003+1A+KRC+4+20+UNA'");
  });

  it('reads the Type B relay of airline2 cleanly, and rejects its badly unwrapped copy', () => {
    const typeB = validateInterchange(
      readFileSync(join(CORPUS, 'seamustuohy__GTAS/airline2__typeB_v20150622.edi')),
      { now: NOW },
    );
    expect(typeB.interchange.typeB).toBe(true);
    expect(
      typeB.findings.filter((f) => f.kind === 'syntax' && f.location.tag?.startsWith('UN')),
    ).toEqual([]);
    const unwrapped = validateInterchange(
      readFileSync(join(CORPUS, 'seamustuohy__GTAS/airline2__unwrapped_v20150624.edi')),
      { now: NOW },
    );
    expect(unwrapped.outcome).toBe('rejected');
    const badTag = unwrapped.findings.find((f) => f.rule === 'syntax.segment-tag');
    expect(badTag).toMatchObject({ kind: 'syntax', code: '12', location: { value: 'UNG ' } });
  });

  it('rejects a UNT whose segment count is wrong, which GTAS ignores', () => {
    const report = validateInterchange(readFileSync(join(CORPUS, 'US-CBP__GTAS/flight1.txt')), {
      now: NOW,
    });
    expect(report.findings).toContainEqual(
      expect.objectContaining({ code: '29', rule: 'envelope.unt.count', level: 'message' }),
    );
    expect(report.contrl).toMatch(/UCM\+53371718146010\+PAXLST:D:02B:UN\+4\+29/);
  });
});
