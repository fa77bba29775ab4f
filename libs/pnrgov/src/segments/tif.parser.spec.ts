import { segmentOf } from '../testing/pnrgov-message.fixture';
import { readPassenger, splitTitle } from './tif.parser';

describe(readPassenger.name, () => {
  it('reads surname, given names with their title, type, reference and infant indicator', () => {
    expect(readPassenger(segmentOf('TIF+DYE+KAYLAMS:A:43578:1'))).toEqual({
      surname: 'DYE',
      givenNames: 'KAYLAMS',
      firstNames: 'KAYLA',
      title: 'MS',
      type: 'A',
      travellerReference: '43578',
      isInfant: false,
      withInfant: true,
    });
  });

  it('knows an infant by its type IN and a group by its surname qualifier G', () => {
    expect(readPassenger(segmentOf('TIF+DYE+ARCHER:IN:43578I'))).toMatchObject({
      isInfant: true,
      type: 'IN',
      title: undefined,
    });
    expect(readPassenger(segmentOf('TIF+ACME TEAM PARTY:G'))).toMatchObject({
      surname: 'ACME TEAM PARTY',
      type: 'G',
      givenNames: undefined,
    });
  });
});

describe(splitTitle.name, () => {
  it.each([
    ['TESTNAMEONE MRS', 'TESTNAMEONE', 'MRS'],
    ['KONG CHUN MRS', 'KONG CHUN', 'MRS'],
    ['JOHNMR', 'JOHN', 'MR'],
    ['LIMR', 'LI', 'MR'],
    ['SEJOON', 'SEJOON', undefined],
    ['ALEXANDR', 'ALEXANDR', undefined],
    ['MR', 'MR', undefined],
  ])('%s -> %s / %s', (given, firstNames, title) => {
    expect(splitTitle(given)).toEqual(title === undefined ? { firstNames } : { firstNames, title });
  });
});
