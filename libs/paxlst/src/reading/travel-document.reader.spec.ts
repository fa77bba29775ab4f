import { VALID, at, read, validWith } from '../testing/paxlst-message.fixture';

describe('travel document reader', () => {
  it('reads DOC+P+NUMBER with expiry, issue date and issuer', () => {
    const body = [...VALID.slice(0, 14), 'DTM+182:200101', ...VALID.slice(14)];
    expect(read(body).manifest.travellers[0].documents).toEqual([
      {
        type: 'P',
        number: 'C01X00T47',
        expiryDate: '2030-01-01',
        issueDate: '2020-01-01',
        issuingCountry: 'DEU',
      },
    ]);
  });

  it('accepts the D05B+ coded form DOC+P:110:111+NUMBER', () => {
    const { manifest, findings } = read(validWith(14, 'DOC+P:110:111+YY3478621G'));
    expect(findings).toEqual([]);
    expect(manifest.travellers[0].documents[0]).toMatchObject({ type: 'P', number: 'YY3478621G' });
  });

  it('accepts every document type of the guide', () => {
    for (const type of ['P', 'V', 'I', 'A', 'C', 'AC', 'IP', 'F']) {
      expect(read(validWith(14, `DOC+${type}+X1`)).findings).toEqual([]);
    }
  });

  it('paxlst.doc.type: a type outside the list is element 14, a missing one 13; the document is kept', () => {
    const { manifest, findings } = read(validWith(14, 'DOC+K+48302004'));
    expect(findings).toEqual([
      {
        kind: 'syntax',
        level: 'element',
        code: '14',
        rule: 'paxlst.doc.type',
        message: "DOC document type (1001) 'K' is not one of P, V, I, A, C, AC, IP, F.",
        location: at('DOC', 14, { element: 1, component: 1, value: 'K' }),
      },
    ]);
    expect(manifest.travellers[0].documents[0]).toEqual({
      number: '48302004',
      expiryDate: '2030-01-01',
      issuingCountry: 'DEU',
    });
    expect(read(validWith(14, 'DOC++433419360')).findings[0]).toMatchObject({
      code: '13',
      message: 'DOC document type (1001) is missing.',
    });
  });

  it('paxlst.doc.number: a document without number is element 13', () => {
    expect(read(validWith(14, 'DOC+P')).findings).toEqual([
      {
        kind: 'syntax',
        level: 'element',
        code: '13',
        rule: 'paxlst.doc.number',
        message: 'DOC has no document number (1004).',
        location: at('DOC', 14, { element: 2, component: 1, value: '' }),
      },
    ]);
  });

  it('paxlst.dtm.qualifier: a document DTM other than 36, 182 is element 14', () => {
    expect(read(validWith(15, 'DTM+189:300101')).findings).toEqual([
      {
        kind: 'syntax',
        level: 'element',
        code: '14',
        rule: 'paxlst.dtm.qualifier',
        message: "DTM qualifier (2005) for a document '189' is not one of 36, 182.",
        location: at('DTM', 15, { element: 1, component: 1, value: '189' }),
      },
    ]);
  });

  it('paxlst.country-code: an empty LOC 91 issuer is element 13', () => {
    expect(read(validWith(16, 'LOC+91+')).findings).toEqual([
      {
        kind: 'syntax',
        level: 'element',
        code: '13',
        rule: 'paxlst.country-code',
        message: 'LOC 91 document issuer has no country code.',
        location: at('LOC', 16, { element: 2, component: 1, value: '' }),
      },
    ]);
  });

  it('paxlst.doc.expired: a document expiring before departure is a warning, not a syntax fault', () => {
    expect(read(validWith(15, 'DTM+36:260531')).findings).toEqual([
      {
        kind: 'quality',
        severity: 'warning',
        rule: 'paxlst.doc.expired',
        message:
          'Document C01X00T47 expired on 2026-05-31, before the flight departs from FRA on 2026-06-01.',
        location: at('DTM', 15, { element: 1, component: 2, value: '260531' }),
      },
    ]);
    expect(read(validWith(15, 'DTM+36:260601')).findings).toEqual([]);
  });

  it("reads a traveller's DTM 329 after DOC as out of place, not as a document date", () => {
    const body = [
      ...VALID.slice(0, 10),
      ...VALID.slice(11, 15),
      'DTM+329:800101',
      ...VALID.slice(15),
    ];
    const { manifest, findings } = read(body);
    expect(findings.map((f) => [f.rule, f.location.position])).toEqual([
      ['paxlst.segment.order', 16],
    ]);
    expect(manifest.travellers[0].birthDate).toBe('1980-01-01');
  });
});
