import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readInterchange } from './envelope/interchange.reader';
import { SYNTAX_ERROR_CODES } from './findings/syntax-error-code';
import { Interchange } from './model/interchange';

/** Real traffic samples (US-CBP/GTAS and a fork), listed with their provenance in MANIFEST.tsv. */
const CORPUS = join(__dirname, '../../../test/fixtures/corpus');
const manifest = readFileSync(join(CORPUS, 'MANIFEST.tsv'), 'utf8')
  .split('\n')
  .slice(1)
  .filter((line) => line.trim() !== '')
  .map((line) => {
    const [file, , , , messageType, expected] = line.split('\t');
    return { file, messageType, expected };
  });

const PERSON_QUALIFIERS = new Set(['FL', 'FM', 'DDT', 'DDU']);
const travellers = (i: Interchange) =>
  i.messages
    .flatMap((m) => m.segments)
    .filter((s) => s.tag === 'NAD' && PERSON_QUALIFIERS.has(s.elements[0]?.[0] ?? '')).length;
const pnrs = (i: Interchange) =>
  i.messages.flatMap((m) => m.segments).filter((s) => s.tag === 'SRC').length;
const name = (file: string) => file.slice(file.indexOf('/') + 1);

const NAD_COUNTS: Record<string, number> = {
  'Test1.txt': 8,
  'Test3.txt': 260,
  'flight1.txt': 10,
  'flight2.txt': 10,
  'flight2__v551c4efa.txt': 10,
  'flight3.txt': 10,
  'flight3__vf58cddc6.txt': 10,
  'airline2.edi': 10,
  'apisMessage.txt': 2,
  'multiple_flight_leg_apis.txt': 2,
  'airline2__typeB_v20150622.edi': 11,
  'airline2__unwrapped_v20150624.edi': 11,
};
const SRC_COUNTS: Record<string, number> = {
  'bigbigPnr.txt': 47,
  'pnrWithBags.txt': 127,
  'pnrForSingleRuleHits.txt': 127,
  '3_pnrs.edi': 3,
  '2_pnrs_basic.edi': 2,
  'no_pnr_history.edi': 3,
  'pnr_split.edi': 2,
  'pnrMessagePg75.txt': 2,
  'codeshare.edi': 0,
  'infant.edi': 0,
};

function expectReportable(interchange: Interchange): void {
  for (const f of interchange.findings) {
    if (f.kind === 'syntax') expect(SYNTAX_ERROR_CODES[f.code].levels).toContain(f.level);
  }
}

describe('corpus', () => {
  it('lists every file of the corpus in the manifest', () => {
    const onDisk = readdirSync(CORPUS, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) =>
        readdirSync(join(CORPUS, d.name))
          .filter((f) => f !== 'LICENSE.txt')
          .map((f) => `${d.name}/${f}`),
      );
    expect(manifest.map((m) => m.file).sort()).toEqual(onDisk.sort());
    expect(manifest).toHaveLength(48);
  });

  describe.each(manifest)('$file', ({ file, messageType }) => {
    const input = readFileSync(join(CORPUS, file));

    it('reads without throwing, with reportable findings only', () => {
      expectReportable(readInterchange(input));
    });

    if (messageType === 'PAXLST') {
      it(`holds ${NAD_COUNTS[name(file)]} travellers (NAD FL/FM/DDT/DDU)`, () => {
        const interchange = readInterchange(input);
        expect(interchange.messages.map((m) => m.type)).toEqual(['PAXLST']);
        expect(travellers(interchange)).toBe(NAD_COUNTS[name(file)]);
      });
    } else {
      const expected = SRC_COUNTS[name(file)] ?? 1;
      it(`holds ${expected} PNRs (SRC)`, () => {
        const interchange = readInterchange(input);
        expect(pnrs(interchange)).toBe(expected);
        if (expected > 0) expect(interchange.messages.map((m) => m.type)).toEqual(['PNRGOV']);
      });
    }

    it('never throws on truncations, and reports them', () => {
      for (const fraction of [0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99]) {
        const cut = Math.max(1, Math.floor(input.length * fraction));
        const interchange = readInterchange(input.subarray(0, cut));
        expectReportable(interchange);
        expect(interchange.findings.some((f) => f.kind === 'syntax' && f.level !== 'element')).toBe(
          true,
        );
      }
      for (let cut = 0; cut <= Math.min(input.length, 120); cut++) {
        expectReportable(readInterchange(input.subarray(0, cut)));
      }
    });
  });

  it.each(['US-CBP__GTAS/codeshare.edi', 'US-CBP__GTAS/infant.edi'])(
    '%s: an unusable UNA (20) rejects the interchange, and its UNB is still named',
    (file) => {
      const interchange = readInterchange(readFileSync(join(CORPUS, file)));
      expect(interchange.findings).toMatchObject([
        {
          kind: 'syntax',
          level: 'interchange',
          code: '20',
          rule: 'envelope.una.service-characters',
        },
      ]);
      expect(interchange.messages).toEqual([]);
      expect(interchange.header).toMatchObject({
        syntaxId: 'IATA',
        sender: { id: '1A' },
        recipient: { id: 'KRC' },
        controlReference: '0003',
      });
    },
  );

  it('infant.edi: the UNA terminator is U+2019, which the finding names', () => {
    const [finding] = readInterchange(
      readFileSync(join(CORPUS, 'US-CBP__GTAS/infant.edi')),
    ).findings;
    expect(finding.message).toBe(
      "UNA segment terminator is the multi-byte character U+2019 '\u2019'; a service character must be one byte.",
    );
  });

  it('codeshare.edi: the UNA has only five service characters', () => {
    const [finding] = readInterchange(
      readFileSync(join(CORPUS, 'US-CBP__GTAS/codeshare.edi')),
    ).findings;
    expect(finding.message).toMatch(/^UNA has only five service characters/);
  });
});
