import { warningAt } from '../testing/finding.expectations';
import { LEVEL_ZERO, readBody } from '../testing/pnrgov-message.fixture';

const read = (docsText: string) =>
  readBody([
    ...LEVEL_ZERO,
    'SRC',
    'RCI+SQ:2LS6KP',
    'TIF+PARK+SEJOONMR:A:1',
    `SSR+DOCS:HK:1:SQ:::::${docsText}+::1`,
  ]);
const at = (value: string) => ({ tag: 'SSR', position: 9, element: 1, component: 9, value });

describe('SSR DOCS', () => {
  it('reads type, issuer, number, nationality, birth date, sex, expiry and names, for the Gr.2 passenger', () => {
    const { push, findings } = read('/P/KR/JR3364288/KR/10SEP72/M/05JUL16/PARK/SEJOON');
    expect(findings).toEqual([]);
    expect(push.pnrs[0].documents).toEqual([
      {
        source: 'DOCS',
        type: 'P',
        issuer: 'KR',
        number: 'JR3364288',
        nationality: 'KR',
        birthDate: '1972-09-10',
        sex: 'M',
        expiryDate: '2016-07-05',
        surname: 'PARK',
        givenNames: 'SEJOON',
        middleNames: undefined,
        text: '/P/KR/JR3364288/KR/10SEP72/M/05JUL16/PARK/SEJOON',
        passenger: 0,
      },
    ]);
  });

  it('keeps middle names and reads the secure-flight form without a document', () => {
    const { push, findings } = read('/////21APR66/M//JACKS/JAMES/ROBERT');
    expect(findings).toEqual([]);
    expect(push.pnrs[0].documents[0]).toMatchObject({
      type: undefined,
      number: undefined,
      birthDate: '1966-04-21',
      surname: 'JACKS',
      givenNames: 'JAMES',
      middleNames: 'ROBERT',
    });
  });

  it('puts a two-digit birth year in the century that keeps it out of the future', () => {
    expect(
      read('/P/DE/C1/DE/10AUG25/FI/01JAN30/ROE/BABY').push.pnrs[0].documents[0].birthDate,
    ).toBe('2025-08-10');
    expect(read('/P/DE/C1/DE/10AUG27/M/01JAN30/ROE/OLD').push.pnrs[0].documents[0].birthDate).toBe(
      '1927-08-10',
    );
  });

  it('only warns (data quality, never a rejection) about free text that does not follow the layout', () => {
    const { findings } = read('P-KR-JR3364288');
    expect(findings).toEqual([warningAt('pnrgov.ssr.docs.format', at('P-KR-JR3364288'))]);
  });

  it('warns about a date that is not real and a sex code that is not IATA', () => {
    const text = '/P/KR/JR3364288/KR/31FEB72/Q/05XYZ16/PARK/SEJOON';
    expect(read(text).findings).toEqual([
      warningAt('pnrgov.ssr.docs.date', at(text)),
      warningAt('pnrgov.ssr.docs.date', at(text)),
      warningAt('pnrgov.ssr.docs.sex', at(text)),
    ]);
  });

  it('warns about a DOCS with no free text at all', () => {
    const { findings } = readBody([
      ...LEVEL_ZERO,
      'SRC',
      'RCI+SQ:2LS6KP',
      'TIF+PARK+SEJOONMR:A:1',
      'SSR+DOCS:HK:1:SQ',
    ]);
    expect(findings).toEqual([warningAt('pnrgov.ssr.docs.format', at(''))]);
  });
});
