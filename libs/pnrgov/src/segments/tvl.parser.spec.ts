import { segmentOf } from '../testing/pnrgov-message.fixture';
import { isCodeshareCompanion, readLeg, readTravelTimes } from './tvl.parser';

describe(readTravelTimes.name, () => {
  it.each([
    ['TVL+280513:2225:290513:0750', '2013-05-28T22:25', '2013-05-29T07:50', false],
    ['TVL+121210:0915::1230', '2010-12-12T09:15', '2010-12-12T12:30', false],
    ['TVL+121210:0915', '2010-12-12T09:15', undefined, false],
    ['TVL+280513::290513', '2013-05-28', '2013-05-29', false],
    ['TVL+300819:1220:1505', '2019-08-30T12:20', '2019-08-30T15:05', true],
    ['TVL+310219:1220', undefined, undefined, false],
  ])('%s', (text, departure, arrival, arrivalTimeInDatePosition) => {
    expect(readTravelTimes(segmentOf(text))).toEqual({
      departure,
      arrival,
      arrivalTimeInDatePosition,
    });
  });
});

describe(readLeg.name, () => {
  it('reads marketing and operating carrier, flight number and booking class', () => {
    expect(readLeg(segmentOf('TVL+200819:1005::1200+FRA+OSL+UA:LH+9146:B'))).toEqual({
      carrier: 'UA',
      operatingCarrier: 'LH',
      number: '9146',
      bookingClass: 'B',
      departureAirport: 'FRA',
      arrivalAirport: 'OSL',
      departure: '2019-08-20T10:05',
      arrival: '2019-08-20T12:00',
    });
  });

  it('knows the operating-flight TVL of a codeshare by its missing dates and airports', () => {
    expect(isCodeshareCompanion(segmentOf('TVL+++++860:M'))).toBe(true);
    expect(isCodeshareCompanion(segmentOf('TVL+200819:1005+FRA+OSL+LH+860:M'))).toBe(false);
  });
});
