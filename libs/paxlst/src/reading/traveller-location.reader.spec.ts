import { VALID, at, read } from '../testing/paxlst-message.fixture';

/** VALID with extra traveller segments right after the NAD+FL (from position 11). */
const withDetails = (...segments: string[]) => [
  ...VALID.slice(0, 9),
  ...segments,
  ...VALID.slice(9),
];

describe('readTravellerLocation', () => {
  it('reads first arrival, residence, embarkation, debarkation and a named birthplace', () => {
    const body = withDetails(
      'LOC+22+IAD',
      'LOC+174+GBR',
      'LOC+178+FRA',
      'LOC+179+IAD',
      'LOC+180+:::HARTFORD USA',
    );
    const { manifest, findings } = read(body);
    expect(findings).toEqual([]);
    expect(manifest.travellers[0]).toMatchObject({
      firstArrival: 'IAD',
      residenceCountry: 'GBR',
      embarkation: 'FRA',
      debarkation: 'IAD',
      birthPlace: 'HARTFORD USA',
    });
  });

  it('paxlst.country-code: LOC 174 residence is checked the same way', () => {
    const [finding] = read(withDetails('LOC+174+UK')).findings;
    expect(finding).toMatchObject({
      code: '12',
      rule: 'paxlst.country-code',
      location: at('LOC', 11, { element: 2, component: 1, value: 'UK' }),
    });
  });

  it('paxlst.loc.airport: embarkation, debarkation and first arrival are airports', () => {
    const [finding] = read(withDetails('LOC+178+SV')).findings;
    expect(finding).toMatchObject({
      code: '12',
      rule: 'paxlst.loc.airport',
      message: "LOC 178 airport 'SV' is not three letters A–Z.",
    });
  });

  it('paxlst.loc.qualifier: a traveller LOC outside 22, 174, 178, 179, 180 is element 14', () => {
    expect(read(withDetails('LOC+91+DEU')).findings).toEqual([
      {
        kind: 'syntax',
        level: 'element',
        code: '14',
        rule: 'paxlst.loc.qualifier',
        message:
          "LOC place qualifier (3227) for a traveller '91' is not one of 22, 174, 178, 179, 180.",
        location: at('LOC', 11, { element: 1, component: 1, value: '91' }),
      },
    ]);
  });
});
