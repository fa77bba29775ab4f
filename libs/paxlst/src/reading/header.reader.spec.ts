import { VALID, at, read, validWith, withRule } from '../testing/paxlst-message.fixture';

const bgm = (segment: string) => read(validWith(2, segment));

describe('header reader', () => {
  it('paxlst.bgm.document-name: a code outside 745, 250, 266, 336, 655 is element 14', () => {
    expect(withRule(bgm('BGM+999').findings, 'paxlst.bgm.document-name')).toEqual([
      {
        kind: 'syntax',
        level: 'element',
        code: '14',
        rule: 'paxlst.bgm.document-name',
        message: "BGM document name (1001) '999' is not one of 745, 250, 266, 336, 655.",
        location: at('BGM', 2, { element: 1, component: 1, value: '999' }),
      },
    ]);
  });

  it('paxlst.bgm.document-name: an empty document name is element 13', () => {
    const [finding] = withRule(bgm('BGM++CP').findings, 'paxlst.bgm.document-name');
    expect(finding).toMatchObject({
      level: 'element',
      code: '13',
      message: 'BGM document name (1001) is missing.',
    });
  });

  it('paxlst.bgm.function: a 1004 code outside the list is element 14', () => {
    expect(bgm('BGM+745+ZZ').findings).toEqual([
      {
        kind: 'syntax',
        level: 'element',
        code: '14',
        rule: 'paxlst.bgm.function',
        message:
          "BGM function (1004) 'ZZ' is not one of CP, XR, RP (or CL, CLOB, CLNB, XF, CF with 266).",
        location: at('BGM', 2, { element: 2, component: 1, value: 'ZZ' }),
      },
    ]);
  });

  it('paxlst.bgm.function: flight-status codes go only with 266', () => {
    expect(bgm('BGM+745+CLOB').findings).toEqual([
      {
        kind: 'syntax',
        level: 'element',
        code: '14',
        rule: 'paxlst.bgm.function',
        message:
          "BGM function 'CLOB' (1004) goes only with document name 266 (flight status), not '745'.",
        location: at('BGM', 2, { element: 2, component: 1, value: 'CLOB' }),
      },
    ]);
    expect(withRule(bgm('BGM+266+CLOB').findings, 'paxlst.bgm.function')).toEqual([]);
    for (const code of ['CP', 'XR', 'RP']) expect(bgm(`BGM+745+${code}`).findings).toEqual([]);
  });

  it('accepts US CBP crew-list codes with 250 as an info finding, not a rejection', () => {
    const body = [
      'BGM+250+C',
      ...validWith(2).slice(0, 7),
      'NAD+FM+++CREW:ANNA',
      'ATT+2++F',
      'DTM+329:800101',
      'NAT+2+DEU',
      'DOC+P+X1',
      'CNT+41:1',
    ];
    expect(read(body).findings).toEqual([
      {
        kind: 'quality',
        severity: 'info',
        rule: 'paxlst.bgm.national-function',
        message:
          "BGM function 'C' with document name 250 is a US CBP crew-list code, not in the WCO guide; accepted.",
        location: at('BGM', 2, { element: 2, component: 1, value: 'C' }),
      },
    ]);
  });

  it('paxlst.rff.qualifier: a qualifier outside the list is element 14', () => {
    const body = ['BGM+745', 'RFF+XX:1', ...validWith(2).slice(0)];
    expect(withRule(read(body).findings, 'paxlst.rff.qualifier')).toEqual([
      {
        kind: 'syntax',
        level: 'element',
        code: '14',
        rule: 'paxlst.rff.qualifier',
        message:
          "RFF reference qualifier (1153) 'XX' is not one of AVF, ABO, SEA, AEA, CR, YZY, TN, AF, ACD, CN.",
        location: at('RFF', 3, { element: 1, component: 1, value: 'XX' }),
      },
    ]);
  });

  it('paxlst.rff.qualifier: a traveller reference outside the list is element 14 too', () => {
    const body = [...VALID.slice(0, 9), 'RFF+ZZ:1', ...VALID.slice(9)];
    expect(withRule(read(body).findings, 'paxlst.rff.qualifier')[0]).toMatchObject({
      code: '14',
      location: at('RFF', 11, { element: 1, component: 1, value: 'ZZ' }),
    });
  });

  it('paxlst.rff.value: a reference without its value is element 13', () => {
    const body = ['BGM+745', 'RFF+TN', ...validWith(2)];
    expect(withRule(read(body).findings, 'paxlst.rff.value')).toEqual([
      {
        kind: 'syntax',
        level: 'element',
        code: '13',
        rule: 'paxlst.rff.value',
        message: 'RFF TN has no reference (1154).',
        location: at('RFF', 3, { element: 1, component: 2, value: '' }),
      },
    ]);
  });

  it('reads the reporting party contact name (CTA) and several COM contacts', () => {
    const body = [
      'BGM+745',
      'NAD+MS+++SABRE CENTRAL',
      'CTA+IC+:PAT JONES',
      'COM+918-833-3535:TE+918-292-7090:FX',
      ...validWith(2).slice(3),
    ];
    expect(read(body).manifest.reportingParty).toEqual({
      name: 'SABRE CENTRAL',
      contactName: 'PAT JONES',
      contacts: [
        { number: '918-833-3535', channel: 'TE' },
        { number: '918-292-7090', channel: 'FX' },
      ],
    });
  });
});
