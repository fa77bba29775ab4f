import {
  HEADER,
  ITINERARY,
  PASSENGER,
  VALID,
  at,
  read,
  validWith,
  withRule,
} from '../testing/paxlst-message.fixture';

describe('checkDataQuality', () => {
  it('paxlst.traveller.missing-data: warns for each important element not sent at all', () => {
    const body = [...VALID.slice(0, 9), ...VALID.slice(15)];
    expect(read(body).findings).toEqual(
      [
        'sex (ATT+2)',
        'date of birth (DTM+329)',
        'nationality (NAT+2)',
        'travel document (DOC)',
      ].map((what) => ({
        kind: 'quality',
        severity: 'warning',
        rule: 'paxlst.traveller.missing-data',
        message: `Traveller DOE (NAD FL at position 10) has no ${what}.`,
        location: at('NAD', 10),
      })),
    );
  });

  it.each([
    [11, 'sex (ATT+2)'],
    [12, 'date of birth (DTM+329)'],
    [13, 'nationality (NAT+2)'],
    [14, 'travel document (DOC)'],
  ])('warns only for what is absent: without position %d, %s', (position, what) => {
    const missing = withRule(read(validWith(position)).findings, 'paxlst.traveller.missing-data');
    expect(missing.map((f) => f.message)).toEqual([
      `Traveller DOE (NAD FL at position 10) has no ${what}.`,
    ]);
  });

  it("keeps each traveller's evidence apart: only the second, without NAT, is warned", () => {
    const second = PASSENGER.filter((s) => !s.startsWith('NAT')).map((s) =>
      s.replace('DOE:JANE', 'ROE:JOHN'),
    );
    const body = [...HEADER, ...ITINERARY, ...PASSENGER, ...second, 'CNT+42:2'];
    const missing = withRule(read(body).findings, 'paxlst.traveller.missing-data');
    expect(missing.map((f) => f.message)).toEqual([
      'Traveller ROE (NAD FL at position 17) has no nationality (NAT+2).',
    ]);
  });

  it('does not call an element missing when it was sent but invalid (that is a syntax finding)', () => {
    expect(read(validWith(11, 'ATT+2++Q')).findings.map((f) => f.rule)).toEqual(['paxlst.att.sex']);
  });

  it('paxlst.cnt.below-travellers: a single-part CNT below the travellers listed is a warning', () => {
    const body = [...VALID.slice(0, 15), ...VALID.slice(8, 15), 'CNT+42:1'];
    expect(read(body).findings).toEqual([
      {
        kind: 'quality',
        severity: 'warning',
        rule: 'paxlst.cnt.below-travellers',
        message: 'CNT 42 (passengers) totals 1 for the flight, but this message alone lists 2.',
        location: at('CNT', 24, { element: 1, component: 2, value: '1' }),
      },
    ]);
  });

  it('does not compare CNT in a part of a multi-part message: there it is the flight total', () => {
    const body = [...VALID.slice(0, 15), ...VALID.slice(8, 15), 'CNT+42:1'];
    expect(read(body, 'UNH+M1+PAXLST:D:05B:UN:IATA+ACC1+01:C').findings).toEqual([]);
  });

  it('a CNT above the travellers of a message is normal (other parts, or the flight total)', () => {
    expect(read(validWith(17, 'CNT+42:160')).findings).toEqual([]);
  });
});
