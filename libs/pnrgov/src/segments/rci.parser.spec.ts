import { segmentOf } from '../testing/pnrgov-message.fixture';
import { readLocators } from './rci.parser';

describe(readLocators.name, () => {
  it("reads every reservation system's locator with its creation date-time", () => {
    expect(readLocators(segmentOf('RCI+1A:3MZVP2::210513:1526+AC:P46KA5'))).toEqual({
      locators: [
        { airline: '1A', locator: '3MZVP2', type: undefined, createdAt: '2013-05-21T15:26' },
        { airline: 'AC', locator: 'P46KA5', type: undefined, createdAt: undefined },
      ],
      dateInTypePosition: undefined,
    });
  });

  it('reads seconds-precise times (HHMMSS) to the minute', () => {
    expect(readLocators(segmentOf('RCI+TZ:W9TEND::230513:181348')).locators[0].createdAt).toBe(
      '2013-05-23T18:13',
    );
  });

  it('reads a creation date sent where the control type belongs, and says so', () => {
    expect(readLocators(segmentOf('RCI+UA:86C92D:080818:1220'))).toEqual({
      locators: [
        { airline: 'UA', locator: '86C92D', type: undefined, createdAt: '2018-08-08T12:20' },
      ],
      dateInTypePosition: 1,
    });
  });
});
