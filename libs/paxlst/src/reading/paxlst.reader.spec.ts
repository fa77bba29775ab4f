import fc from 'fast-check';
import { NOW, VALID, at, paxlstMessage, read, withRule } from '../testing/paxlst-message.fixture';
import { readPaxlst } from './paxlst.reader';

describe('readPaxlst', () => {
  it('reads a clean message with no findings', () => {
    const { manifest, findings } = read(VALID);
    expect(findings).toEqual([]);
    expect(manifest.message).toEqual({
      reference: 'M1',
      version: 'D05B',
      documentName: { code: '745', meaning: 'passenger list' },
    });
    expect(manifest.reportingParty).toEqual({
      name: 'JOHN SMITH',
      contacts: [{ number: '703-555-1212', channel: 'TE' }],
    });
    expect(manifest.totals).toEqual({ passengers: 1 });
    expect(manifest.travellers).toHaveLength(1);
  });

  it('reads the header: function code, transaction reference, multi-part marker', () => {
    const body = ['BGM+745+CP', 'RFF+TN:AJYTR1070219:::001', ...VALID.slice(1)];
    const { manifest } = read(body, 'UNH+M1+PAXLST:D:05B:UN:IATA+ACC01+02:F');
    expect(manifest.message).toEqual({
      reference: 'M1',
      version: 'D05B',
      accessReference: 'ACC01',
      part: { number: 2, last: true },
      documentName: { code: '745', meaning: 'passenger list' },
      functionCode: 'CP',
      transactionReference: 'AJYTR1070219',
    });
  });

  it('paxlst.bgm.position: BGM not right after UNH is segment 15', () => {
    const body = ['RFF+TN:X1', ...VALID];
    expect(withRule(read(body).findings, 'paxlst.bgm.position')).toEqual([
      {
        kind: 'syntax',
        level: 'segment',
        code: '15',
        rule: 'paxlst.bgm.position',
        message: 'BGM stands at position 3; it must follow UNH directly.',
        location: at('BGM', 3),
      },
    ]);
  });

  it('paxlst.segment.unknown: a tag outside PAXLST is segment 15', () => {
    const body = [...VALID.slice(0, 9), 'UNS+D', ...VALID.slice(9)];
    expect(read(body).findings).toEqual([
      {
        kind: 'syntax',
        level: 'segment',
        code: '15',
        rule: 'paxlst.segment.unknown',
        message: "Segment 'UNS' is not part of a PAXLST message.",
        location: at('UNS', 11, { value: 'UNS' }),
      },
    ]);
  });

  it('paxlst.segment.order: an itinerary after the travellers is segment 15, and still read', () => {
    const body = [
      ...VALID.slice(0, 3),
      ...VALID.slice(8, 15),
      ...VALID.slice(3, 8),
      ...VALID.slice(15),
    ];
    const { manifest, findings } = read(body);
    expect(findings).toEqual([
      {
        kind: 'syntax',
        level: 'segment',
        code: '15',
        rule: 'paxlst.segment.order',
        message: 'TDT at position 12 is out of place: the itinerary belongs before the travellers.',
        location: at('TDT', 12),
      },
    ]);
    expect(manifest.legs[0].journeyId).toBe('LH400');
    expect(manifest.travellers[0].documents).toHaveLength(1);
  });

  it('paxlst.segment.order: anything but CNT after CNT is out of place, reported once', () => {
    const body = [...VALID, 'ATT+2++M'];
    expect(read(body).findings).toEqual([
      {
        kind: 'syntax',
        level: 'segment',
        code: '15',
        rule: 'paxlst.segment.order',
        message: 'ATT at position 18 is out of place: after CNT.',
        location: at('ATT', 18),
      },
    ]);
  });

  it("paxlst.segment.order: a traveller's own segment after DOC is out of place but read", () => {
    const body = [...VALID.slice(0, 15), 'NAT+2+FRA', ...VALID.slice(15)];
    const { manifest, findings } = read(body);
    expect(findings.map((f) => [f.rule, f.location.position])).toEqual([
      ['paxlst.segment.order', 17],
    ]);
    expect(manifest.travellers[0].nationality).toBe('FRA');
  });

  it('paxlst.nad.party: an unknown NAD 3035 is element 14, and its details are not read', () => {
    const body = [...VALID.slice(0, 15), 'NAD+ZZ+++ROE:RICHARD', 'ATT+2++M', ...VALID.slice(15)];
    const { manifest, findings } = read(body);
    expect(findings).toEqual([
      {
        kind: 'syntax',
        level: 'element',
        code: '14',
        rule: 'paxlst.nad.party',
        message: "NAD party qualifier (3035) 'ZZ' is not one of MS, FL, FM, DDT, DDU.",
        location: at('NAD', 17, { element: 1, component: 1, value: 'ZZ' }),
      },
    ]);
    expect(manifest.travellers.map((t) => t.sex)).toEqual(['F']);
  });

  it('counts every FL, FM, DDT and DDU NAD as a traveller, however out of order', () => {
    const body = [
      'NAD+DDU+++EARLY:ONE',
      'BGM+745',
      'NAD+FM+++CREW:TWO',
      ...VALID.slice(1),
      'NAD+DDT+++LATE:THREE',
      'NAD+FL',
    ];
    const { manifest } = read(body);
    expect(manifest.travellers.map((t) => t.roleCode)).toEqual(['DDU', 'FM', 'FL', 'DDT', 'FL']);
  });

  it('never throws, whatever the segments', () => {
    const tags = [
      'BGM',
      'NAD',
      'TDT',
      'LOC',
      'DTM',
      'ATT',
      'DOC',
      'RFF',
      'CNT',
      'MEA',
      'FTX',
      'GEI',
      'XYZ',
    ];
    const segment = fc
      .tuple(
        fc.constantFrom(...tags),
        fc.array(fc.stringMatching(/^[A-Z0-9 :]{0,12}$/), { maxLength: 5 }),
      )
      .map(([tag, elements]) => [tag, ...elements].join('+'));
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 25 }), (body) => {
        const reading = readPaxlst(paxlstMessage(body), { now: NOW });
        const nads = body.filter((s) => /^NAD\+(FL|FM|DDT|DDU)(\+|:|$)/.test(s)).length;
        return (
          reading.manifest.travellers.length === nads &&
          reading.findings.every((f) => f.rule !== 'paxlst.unreadable')
        );
      }),
      { numRuns: 300 },
    );
  });
});
