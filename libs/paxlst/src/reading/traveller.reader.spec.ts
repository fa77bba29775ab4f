import { VALID, at, read, validWith } from '../testing/paxlst-message.fixture';

/** VALID with extra traveller segments right after the NAD+FL (from position 11). */
const withDetails = (...segments: string[]) => [
  ...VALID.slice(0, 9),
  ...segments,
  ...VALID.slice(9),
];

describe('traveller reader', () => {
  it('reads a traveller with everything the guide carries', () => {
    const body = [
      ...VALID.slice(0, 8),
      'NAD+FL+++JIANG:HSIU:YUAN',
      'ATT+2++X',
      'DTM+329:000229',
      'LOC+22+IAD',
      'LOC+174+CHN',
      'LOC+178+SVO',
      'LOC+179+IAD',
      'LOC+180+:::HARTFORD USA',
      'COM+555-1212:TE',
      'EMP+1+CR1:110:111',
      'GEI+4+173',
      'NAT+2+CHN',
      'RFF+AVF:7F5F21',
      'RFF+SEA:056F',
      'RFF+YZY:0162345678901:1',
      ...VALID.slice(12),
    ];
    const { manifest, findings } = read(body);
    expect(findings).toEqual([]);
    expect(manifest.travellers[0]).toEqual({
      position: 10,
      roleCode: 'FL',
      role: 'passenger',
      surname: 'JIANG',
      givenNames: ['HSIU', 'YUAN'],
      sex: 'X',
      birthDate: '2000-02-29',
      nationality: 'CHN',
      residenceCountry: 'CHN',
      embarkation: 'SVO',
      debarkation: 'IAD',
      firstArrival: 'IAD',
      birthPlace: 'HARTFORD USA',
      seat: '056F',
      references: [
        { qualifier: 'AVF', value: '7F5F21' },
        { qualifier: 'YZY', value: '0162345678901' },
      ],
      contacts: [{ number: '555-1212', channel: 'TE' }],
      verification: '173',
      crewFunction: 'CR1',
      documents: [
        { type: 'P', number: 'C01X00T47', expiryDate: '2030-01-01', issuingCountry: 'DEU' },
      ],
    });
  });

  it('maps each NAD 3035 role', () => {
    const roles = ['FL', 'FM', 'DDT', 'DDU'].map(
      (code) => read(validWith(10, `NAD+${code}+++DOE:JANE`)).manifest.travellers[0].role,
    );
    expect(roles).toEqual(['passenger', 'crew', 'in-transit-crew', 'in-transit-passenger']);
  });

  it('paxlst.att.sex: a sex outside M, F, U, X is element 14', () => {
    expect(read(validWith(11, 'ATT+2++Q')).findings).toEqual([
      {
        kind: 'syntax',
        level: 'element',
        code: '14',
        rule: 'paxlst.att.sex',
        message: "ATT sex 'Q' is not one of M, F, U, X.",
        location: at('ATT', 11, { element: 3, component: 1, value: 'Q' }),
      },
    ]);
  });

  it('paxlst.att.qualifier: an ATT other than 2 is element 14', () => {
    const [finding] = read(validWith(11, 'ATT+9++F')).findings;
    expect(finding).toMatchObject({
      level: 'element',
      code: '14',
      rule: 'paxlst.att.qualifier',
      location: { element: 1, value: '9' },
    });
  });

  it('paxlst.nad.surname: a traveller without surname is element 13', () => {
    const { manifest, findings } = read(validWith(10, 'NAD+FL+++:JANE'));
    expect(findings).toEqual([
      {
        kind: 'syntax',
        level: 'element',
        code: '13',
        rule: 'paxlst.nad.surname',
        message: 'NAD FL names no surname (element 4, component 1).',
        location: at('NAD', 10, { element: 4, component: 1, value: '' }),
      },
    ]);
    expect(manifest.travellers).toHaveLength(1);
  });

  it('infers the birth century so the date is not in the future, and accepts CCYYMMDD', () => {
    const birth = (value: string) =>
      read(validWith(12, `DTM+329:${value}`)).manifest.travellers[0].birthDate;
    expect(birth('260601')).toBe('2026-06-01');
    expect(birth('260602')).toBe('1926-06-02');
    expect(birth('410108')).toBe('1941-01-08');
    expect(birth('19991231')).toBe('1999-12-31');
  });

  it('paxlst.dtm.birth-date-future: a CCYYMMDD birth date after today is element 12', () => {
    expect(read(validWith(12, 'DTM+329:20260602')).findings).toEqual([
      {
        kind: 'syntax',
        level: 'element',
        code: '12',
        rule: 'paxlst.dtm.birth-date-future',
        message: 'Date of birth 2026-06-02 is in the future.',
        location: at('DTM', 12, { element: 1, component: 2, value: '20260602' }),
      },
    ]);
  });

  it('paxlst.dtm.date: a birth date that is not a real date is element 12; blanks too, though read', () => {
    const [bad] = read(validWith(12, 'DTM+329:801332')).findings;
    expect(bad).toEqual({
      kind: 'syntax',
      level: 'element',
      code: '12',
      rule: 'paxlst.dtm.date',
      message: "DTM 329 '801332' is not a real date (YYMMDD or CCYYMMDD).",
      location: at('DTM', 12, { element: 1, component: 2, value: '801332' }),
    });
    const padded = read(validWith(12, 'DTM+329: 670603'));
    expect(padded.findings.map((f) => f.message)).toEqual([
      "DTM 329 ' 670603' has blanks around the date.",
    ]);
    expect(padded.manifest.travellers[0].birthDate).toBe('1967-06-03');
  });

  it('paxlst.dtm.qualifier: a traveller DTM other than 329 before DOC is element 14', () => {
    const [finding] = read(validWith(12, 'DTM+36:300101')).findings;
    expect(finding).toEqual({
      kind: 'syntax',
      level: 'element',
      code: '14',
      rule: 'paxlst.dtm.qualifier',
      message: "DTM qualifier (2005) for a traveller '36' is not one of 329.",
      location: at('DTM', 12, { element: 1, component: 1, value: '36' }),
    });
  });

  it('paxlst.country-code: NAT must be ISO 3166 alpha-3 or ICAO 9303', () => {
    expect(read(validWith(13, 'NAT+2+ZZZ')).findings).toEqual([
      {
        kind: 'syntax',
        level: 'element',
        code: '14',
        rule: 'paxlst.country-code',
        message: "NAT nationality 'ZZZ' is not an ISO 3166 alpha-3 or ICAO 9303 country code.",
        location: at('NAT', 13, { element: 2, component: 1, value: 'ZZZ' }),
      },
    ]);
    expect(read(validWith(13, 'NAT+2+DE')).findings[0]).toMatchObject({
      code: '12',
      message: "NAT nationality 'DE' is not a three-letter country code.",
    });
    expect(read(validWith(13, 'NAT+2')).findings[0]).toMatchObject({
      code: '13',
      message: 'NAT nationality has no country code.',
    });
    expect(read(validWith(13, 'NAT+2+D')).findings).toEqual([]);
    expect(read(validWith(13, 'NAT+2+XXA')).findings).toEqual([]);
  });

  it('paxlst.gei.code: a verification code outside 173, 174 is a warning (unconfirmed list)', () => {
    expect(read(withDetails('GEI+4+999')).findings).toEqual([
      {
        kind: 'quality',
        severity: 'warning',
        rule: 'paxlst.gei.code',
        message: "GEI processing indicator '999' is not 173 (verified) or 174 (not verified).",
        location: at('GEI', 11, { element: 2, component: 1, value: '999' }),
      },
    ]);
  });
});
