import { readInterchange } from '@app/edifact';
import { readPaxlst } from '../reading/paxlst.reader';
import { NOW, VALID, at, read, validWith, withRule } from '../testing/paxlst-message.fixture';

describe('checkMessageStructure', () => {
  it('paxlst.bgm.missing: a missing BGM is segment 13 at position 2, the segment standing there', () => {
    expect(withRule(read(validWith(2)).findings, 'paxlst.bgm.missing')).toEqual([
      {
        kind: 'syntax',
        level: 'segment',
        code: '13',
        rule: 'paxlst.bgm.missing',
        message: 'BGM is missing: it must follow UNH.',
        location: at('BGM', 2),
      },
    ]);
  });

  it('paxlst.tdt.missing: no TDT is segment 13 where the itinerary was expected', () => {
    const body = [...VALID.slice(0, 3), ...VALID.slice(8)];
    expect(read(body).findings).toEqual([
      {
        kind: 'syntax',
        level: 'segment',
        code: '13',
        rule: 'paxlst.tdt.missing',
        message: 'There is no TDT: the message names no flight.',
        location: at('TDT', 5),
      },
    ]);
  });

  it('paxlst.loc.departure-missing and arrival-missing: LOC 125 and 87 are required in the itinerary', () => {
    const body = [
      'BGM+745',
      'TDT+20+AA123+++AA',
      'LOC+92+ATL',
      'DTM+189:2606011540:201',
      'LOC+92+ORD',
      'DTM+232:2606011740:201',
      ...VALID.slice(8),
    ];
    const syntax = read(body).findings.filter((f) => f.kind === 'syntax');
    expect(syntax).toEqual([
      {
        kind: 'syntax',
        level: 'segment',
        code: '13',
        rule: 'paxlst.loc.departure-missing',
        message: 'The itinerary has no LOC 125 (last departure airport).',
        location: at('LOC', 8),
      },
      {
        kind: 'syntax',
        level: 'segment',
        code: '13',
        rule: 'paxlst.loc.arrival-missing',
        message: 'The itinerary has no LOC 87 (first arrival airport).',
        location: at('LOC', 8),
      },
    ]);
  });

  it('paxlst.cnt.missing: no CNT is segment 13 at the UNT', () => {
    expect(read(validWith(17)).findings).toEqual([
      {
        kind: 'syntax',
        level: 'segment',
        code: '13',
        rule: 'paxlst.cnt.missing',
        message: 'CNT (total passengers or crew) is missing before UNT.',
        location: at('CNT', 17),
      },
    ]);
  });

  it('reads a message with no segments but UNH', () => {
    const message = readInterchange(
      Buffer.from("UNB+UNOA:4+S+R+260601:1200+R1'UNH+M1+PAXLST:D:05B:UN:IATA'UNZ+1+R1'"),
    ).messages[0];
    const { findings } = readPaxlst(message, { now: NOW });
    expect(findings.map((f) => f.rule)).toEqual([
      'paxlst.bgm.missing',
      'paxlst.tdt.missing',
      'paxlst.cnt.missing',
    ]);
    expect(findings[0].location).toEqual({ tag: 'BGM', messageReference: 'M1', position: 2 });
  });
});
