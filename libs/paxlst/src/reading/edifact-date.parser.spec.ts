import { minutesBetween, parseCalendarDate, parseLocalDateTime } from './edifact-date.parser';

const NOW = new Date('2026-06-01T12:00:00Z');

describe('edifact date parser', () => {
  it('not-future: the latest century that does not pass now', () => {
    expect(parseCalendarDate('260601', NOW, 'not-future')).toBe('2026-06-01');
    expect(parseCalendarDate('260602', NOW, 'not-future')).toBe('1926-06-02');
    expect(parseCalendarDate('000520', NOW, 'not-future')).toBe('2000-05-20');
    expect(parseCalendarDate('971102', NOW, 'not-future')).toBe('1997-11-02');
  });

  it('nearest: the century within 50 years of now', () => {
    expect(parseCalendarDate('181223', NOW, 'nearest')).toBe('2018-12-23');
    expect(parseCalendarDate('750101', NOW, 'nearest')).toBe('2075-01-01');
    expect(parseCalendarDate('760101', NOW, 'nearest')).toBe('1976-01-01');
  });

  it('checks the calendar in the inferred century (1900 was not a leap year, 2000 was)', () => {
    expect(parseCalendarDate('000229', NOW, 'not-future')).toBe('2000-02-29');
    expect(
      parseCalendarDate('000229', new Date('1999-06-01T00:00:00Z'), 'not-future'),
    ).toBeUndefined();
    expect(parseCalendarDate('19000229', NOW, 'nearest')).toBeUndefined();
    expect(parseCalendarDate('260230', NOW, 'nearest')).toBeUndefined();
    expect(parseCalendarDate('261301', NOW, 'nearest')).toBeUndefined();
    expect(parseCalendarDate('2606', NOW, 'nearest')).toBeUndefined();
    expect(parseCalendarDate('26O601', NOW, 'nearest')).toBeUndefined();
  });

  it('reads YYMMDDHHMM, CCYYMMDDHHMM and date-only values as local ISO', () => {
    expect(parseLocalDateTime('2001192300', NOW)).toBe('2020-01-19T23:00');
    expect(parseLocalDateTime('202001192300', NOW)).toBe('2020-01-19T23:00');
    expect(parseLocalDateTime('200119', NOW)).toBe('2020-01-19');
    expect(parseLocalDateTime('2001192400', NOW)).toBeUndefined();
    expect(parseLocalDateTime('2001192360', NOW)).toBeUndefined();
    expect(parseLocalDateTime('20011923', NOW)).toBeUndefined(); // CCYYMMDD 2001-19-23: no month 19
  });

  it('measures minutes between two local date-times, not between dates', () => {
    expect(minutesBetween('2020-01-19T23:00', '2020-01-20T07:40')).toBe(520);
    expect(minutesBetween('2020-01-19', '2020-01-20T07:40')).toBeUndefined();
  });
});
