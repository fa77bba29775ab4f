import { at, read, validWith, withRule } from '../testing/paxlst-message.fixture';

describe('flight leg reader', () => {
  it('reads the leg: journey id, carrier, number, airports and local times', () => {
    expect(read(validWith(2, 'BGM+745')).manifest.legs).toEqual([
      {
        transportStage: '20',
        journeyId: 'LH400',
        carrierCode: 'LH',
        flightNumber: '400',
        departure: { airport: 'FRA', localDateTime: '2026-06-01T10:00' },
        arrival: { airport: 'JFK', localDateTime: '2026-06-01T13:00' },
        locations: [
          {
            qualifier: '125',
            role: 'last-departure',
            airport: 'FRA',
            departure: '2026-06-01T10:00',
          },
          { qualifier: '87', role: 'first-arrival', airport: 'JFK', arrival: '2026-06-01T13:00' },
        ],
      },
    ]);
  });

  it('splits the carrier from the journey id when TDT has no carrier element', () => {
    const leg = (tdt: string) => read(validWith(5, tdt)).manifest.legs[0];
    expect(leg('TDT+20+UA0989')).toMatchObject({
      journeyId: 'UA0989',
      carrierCode: 'UA',
      flightNumber: '0989',
    });
    expect(leg('TDT+20+U21234')).toMatchObject({ carrierCode: 'U2', flightNumber: '1234' });
    expect(leg('TDT+20+DLH400')).toMatchObject({ carrierCode: 'DLH', flightNumber: '400' });
    expect(leg('TDT+20+400+++LH')).toMatchObject({
      journeyId: 'LH400',
      carrierCode: 'LH',
      flightNumber: '400',
    });
  });

  it('paxlst.tdt.stage: a transport stage outside 20, 34 is element 14', () => {
    expect(read(validWith(5, 'TDT+12+LH400+++LH')).findings).toEqual([
      {
        kind: 'syntax',
        level: 'element',
        code: '14',
        rule: 'paxlst.tdt.stage',
        message: "TDT transport stage (8051) '12' is not one of 20, 34.",
        location: at('TDT', 5, { element: 1, component: 1, value: '12' }),
      },
    ]);
    expect(read(validWith(5, 'TDT+34+LH400+++LH')).findings).toEqual([]);
  });

  it('paxlst.tdt.journey: a TDT without journey id is element 13', () => {
    expect(read(validWith(5, 'TDT+20')).findings).toEqual([
      {
        kind: 'syntax',
        level: 'element',
        code: '13',
        rule: 'paxlst.tdt.journey',
        message: 'TDT has no journey identifier (8028): carrier code and flight number.',
        location: at('TDT', 5, { element: 2, component: 1, value: '' }),
      },
    ]);
  });

  it('paxlst.loc.qualifier: an itinerary LOC qualifier outside 125, 87, 92, 130 is element 14', () => {
    const [finding] = withRule(read(validWith(6, 'LOC+5+FRA')).findings, 'paxlst.loc.qualifier');
    expect(finding).toEqual({
      kind: 'syntax',
      level: 'element',
      code: '14',
      rule: 'paxlst.loc.qualifier',
      message: "LOC place qualifier (3227) in the itinerary '5' is not one of 125, 87, 92, 130.",
      location: at('LOC', 6, { element: 1, component: 1, value: '5' }),
    });
  });

  it('paxlst.loc.airport: an airport code that is not three letters A–Z is element 12, none is 13', () => {
    expect(read(validWith(6, 'LOC+125+FR1')).findings).toEqual([
      {
        kind: 'syntax',
        level: 'element',
        code: '12',
        rule: 'paxlst.loc.airport',
        message: "LOC 125 airport 'FR1' is not three letters A–Z.",
        location: at('LOC', 6, { element: 2, component: 1, value: 'FR1' }),
      },
    ]);
    const [missing] = read(validWith(8, 'LOC+87')).findings;
    expect(missing).toMatchObject({
      code: '13',
      rule: 'paxlst.loc.airport',
      message: 'LOC 87 has no airport code.',
    });
  });

  it('paxlst.dtm.qualifier: an itinerary DTM qualifier outside 189, 232 is element 14', () => {
    expect(read(validWith(7, 'DTM+36:2606011000:201')).findings).toEqual([
      {
        kind: 'syntax',
        level: 'element',
        code: '14',
        rule: 'paxlst.dtm.qualifier',
        message: "DTM qualifier (2005) in the itinerary '36' is not one of 189, 232.",
        location: at('DTM', 7, { element: 1, component: 1, value: '36' }),
      },
    ]);
  });

  it('paxlst.dtm.date-time: format 201 must be a real YYMMDDHHMM', () => {
    for (const bad of ['2602301000', '2606012400', '26060110', '260601100000']) {
      expect(read(validWith(7, `DTM+189:${bad}:201`)).findings).toEqual([
        {
          kind: 'syntax',
          level: 'element',
          code: '12',
          rule: 'paxlst.dtm.date-time',
          message: `DTM 189 '${bad}' is not a real date and time in format 201 (YYMMDDHHMM).`,
          location: at('DTM', 7, { element: 1, component: 2, value: bad }),
        },
      ]);
    }
  });

  it('paxlst.dtm.format: a format other than 201/203 is element 14 at component 3; a time without one is 13', () => {
    const [other] = read(validWith(7, 'DTM+189:2606011000:102')).findings;
    expect(other).toEqual({
      kind: 'syntax',
      level: 'element',
      code: '14',
      rule: 'paxlst.dtm.format',
      message: "DTM 189 format '102' (2379) is not 201 (YYMMDDHHMM) or 203 (CCYYMMDDHHMM).",
      location: at('DTM', 7, { element: 1, component: 3, value: '102' }),
    });
    const [none] = read(validWith(7, 'DTM+189:2606011000')).findings;
    expect(none).toMatchObject({
      code: '13',
      rule: 'paxlst.dtm.format',
      location: { component: 3, value: '' },
    });
    expect(read(validWith(7, 'DTM+189:202606011000:203')).findings).toEqual([]);
  });

  it('paxlst.dtm.arrival-before-departure: an arrival earlier than any time zone allows is element 12', () => {
    expect(read(validWith(9, 'DTM+232:2605301300:201')).findings).toEqual([
      {
        kind: 'syntax',
        level: 'element',
        code: '12',
        rule: 'paxlst.dtm.arrival-before-departure',
        message:
          'Arrival 2026-05-30T13:00 at JFK is not after departure 2026-06-01T10:00 from FRA: it is earlier by more than any time-zone difference allows.',
        location: at('DTM', 9, { element: 1, component: 2, value: '2605301300' }),
      },
    ]);
  });

  it('warns (quality) when a local arrival is not after departure but a time zone could explain it', () => {
    expect(read(validWith(9, 'DTM+232:2606010500:201')).findings).toEqual([
      {
        kind: 'quality',
        severity: 'warning',
        rule: 'paxlst.leg.arrival-not-after-departure',
        message:
          'Arrival 2026-06-01T05:00 at JFK is not after departure 2026-06-01T10:00 from FRA; in local times only a large time-zone change (e.g. across the date line) explains that.',
        location: at('DTM', 9, { element: 1, component: 2, value: '2606010500' }),
      },
    ]);
  });

  it('reads progressive legs of LOC 92 pairs', () => {
    const body = [
      'BGM+745',
      'TDT+20+QQ877+++QQ',
      'LOC+92+MIA',
      'DTM+189:0807101500:201',
      'LOC+92+IAD',
      'DTM+232:0807101755:201',
    ];
    const [leg] = read(body).manifest.legs;
    expect(leg.departure).toEqual({ airport: 'MIA', localDateTime: '2008-07-10T15:00' });
    expect(leg.arrival).toEqual({ airport: 'IAD', localDateTime: '2008-07-10T17:55' });
  });

  it('paxlst.segment.order: a DTM before any LOC of its leg is out of place', () => {
    const body = validWith(6, 'DTM+189:2606011000:201');
    expect(read(body).findings.map((f) => [f.rule, f.location.position])).toEqual([
      ['paxlst.segment.order', 6],
      ['paxlst.segment.order', 7],
      ['paxlst.loc.departure-missing', 10],
    ]);
  });
});
