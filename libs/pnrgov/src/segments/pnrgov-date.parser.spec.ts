import { isDdmmyy, isoDateFromDdmmmyy, localDateTime, minutesBetween } from './pnrgov-date.parser';

describe('PNRGOV dates', () => {
  it('accepts real DDMMYY dates only', () => {
    expect(['290224', '311226', '010100'].map(isDdmmyy)).toEqual([true, true, true]);
    expect(['290223', '311326', '1505', '2812266', ''].map(isDdmmyy)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('builds local date-times, dropping a bad time', () => {
    expect(localDateTime('121210', '0915')).toBe('2010-12-12T09:15');
    expect(localDateTime('121210', '2515')).toBe('2010-12-12');
    expect(localDateTime('321210', '0915')).toBeUndefined();
  });

  it('reads DDMMMYY dates, birth dates in the past', () => {
    expect(isoDateFromDdmmmyy('10SEP72', 'birth', 2013)).toBe('1972-09-10');
    expect(isoDateFromDdmmmyy('10AUG11', 'birth', 2013)).toBe('2011-08-10');
    expect(isoDateFromDdmmmyy('05JUL16', 'other', 2013)).toBe('2016-07-05');
    expect(isoDateFromDdmmmyy('30FEB16', 'other', 2013)).toBeUndefined();
    expect(isoDateFromDdmmmyy('10SEX72', 'birth', 2013)).toBeUndefined();
  });

  it('measures minutes between local date-times that carry a time', () => {
    expect(minutesBetween('2013-05-28T22:25', '2013-05-29T07:50')).toBe(565);
    expect(minutesBetween('2013-05-28', '2013-05-29T07:50')).toBeUndefined();
  });
});
