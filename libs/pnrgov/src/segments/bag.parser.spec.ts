import { segmentOf } from '../testing/pnrgov-message.fixture';
import { readCheckedBags, readExcessBags } from './bag.parser';

describe('bags', () => {
  it('reads TBD count, weight, unit, pool and tag runs', () => {
    expect(
      readCheckedBags(segmentOf('TBD++2:34:700++MP+618:1026000001:2:MPM+618:1026000002:3:MPM')),
    ).toEqual({
      source: 'TBD',
      count: 2,
      weight: 34,
      weightUnit: 'kg',
      pool: 'MP',
      tags: [
        { carrier: '618', number: '1026000001', consecutive: 2, destination: 'MPM' },
        { carrier: '618', number: '1026000002', consecutive: 3, destination: 'MPM' },
      ],
    });
  });

  it('reads TBD in pounds with tags (GTAS layout) and a pool member carrying the head tag', () => {
    expect(readCheckedBags(segmentOf('TBD++01:53:701+++ET:0443::FRA:006'))).toMatchObject({
      count: 1,
      weight: 53,
      weightUnit: 'lb',
      tags: [{ carrier: 'ET', number: '0443', consecutive: undefined, destination: 'FRA' }],
    });
    expect(readCheckedBags(segmentOf('TBD+++MP:0741234123456'))).toMatchObject({
      pool: 'MP',
      count: undefined,
      tags: [{ number: '0741234123456' }],
    });
  });

  it('reads EBD excess bags and their charge', () => {
    expect(readExcessBags(segmentOf('EBD+GBP:40.00+4::N'))).toEqual({
      source: 'EBD',
      count: 4,
      tags: [],
      charge: { amount: '40.00', currency: 'GBP' },
    });
  });
});
