import { isValidDate, isValidTime } from './date-time.check';

describe(isValidDate.name, () => {
  it.each(['260101', '261231', '240229', '000229', '20260131', '20240229', '20000229', '00040229'])(
    'accepts %s',
    (value) => {
      expect(isValidDate(value)).toBe(true);
    },
  );

  it.each([
    '',
    '2601',
    '2601011',
    '260001',
    '261301',
    '260100',
    '260431',
    '250229',
    '21000229',
    '19000229',
    '26-1-01',
    'ABCDEF',
    '２６０１０１',
  ])('rejects %j', (value) => {
    expect(isValidDate(value)).toBe(false);
  });
});

describe(isValidTime.name, () => {
  it.each(['0000', '2359', '1200', '235959'])('accepts %s', (value) => {
    expect(isValidTime(value)).toBe(true);
  });

  it.each(['', '2400', '1260', '123', '12000', '235960', '12:00', 'ABCD'])(
    'rejects %j',
    (value) => {
      expect(isValidTime(value)).toBe(false);
    },
  );
});
