import { ISO_COUNTRY_CODES, judgeCountryCode } from './country-codes';

describe('judgeCountryCode', () => {
  it('holds all 249 ISO 3166-1 alpha-3 codes, each three letters', () => {
    expect(ISO_COUNTRY_CODES.size).toBe(249);
    expect([...ISO_COUNTRY_CODES].every((code) => /^[A-Z]{3}$/.test(code))).toBe(true);
  });

  it('knows ISO codes and the ICAO 9303 ones travel documents use', () => {
    for (const code of [
      'DEU',
      'USA',
      'GBR',
      'CHN',
      'ERI',
      'SSD',
      'D',
      'GBD',
      'GBN',
      'GBO',
      'GBP',
      'GBS',
      'UNO',
      'UNA',
      'UNK',
      'XXA',
      'XXB',
      'XXC',
      'XXX',
    ]) {
      expect([code, judgeCountryCode(code)]).toEqual([code, 'known']);
    }
  });

  it('tells a well-formed unknown code from something that is not a code', () => {
    expect(judgeCountryCode('ZZZ')).toBe('unknown');
    expect(judgeCountryCode('GB')).toBe('malformed');
    expect(judgeCountryCode('gbr')).toBe('malformed');
    expect(judgeCountryCode('')).toBe('malformed');
  });
});
