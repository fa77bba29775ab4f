import { SyntaxFinding } from '../findings/finding';
import { EdifactMessage } from '../model/interchange';
import { Segment } from '../model/segment';
import { checkMessageTrailer, countMatches, readMessageHeader } from './message-envelope.check';

function segment(text: string, index = 0): Segment {
  const [tag, ...elements] = text.replace(/'$/, '').split('+');
  return { tag, elements: elements.map((e) => e.split(':')), index, offset: 0 };
}

const header = (text: string, earlier: string[] = [], group?: string) =>
  readMessageHeader(segment(text, 3), group, new Set(earlier));
const strip = (findings: readonly unknown[]) =>
  findings.map((f) => ({ ...(f as SyntaxFinding), message: undefined }));

describe(readMessageHeader.name, () => {
  it('reads reference, S009, common access reference and the part marker', () => {
    const { message, findings } = header("UNH+1+PAXLST:D:05B:UN:IATA+LH400/260101+01:C'");
    expect(findings).toEqual([]);
    expect(message).toEqual({
      reference: '1',
      type: 'PAXLST',
      version: 'D',
      release: '05B',
      agency: 'UN',
      association: 'IATA',
      accessReference: 'LH400/260101',
      part: { number: 1, last: false },
      segments: [segment("UNH+1+PAXLST:D:05B:UN:IATA+LH400/260101+01:C'", 3)],
    });
  });

  it.each([
    ['01:C', { number: 1, last: false }],
    ['03:F', { number: 3, last: true }],
    ['1:F', { number: 1, last: true }],
    ['99:C', { number: 99, last: false }],
  ])('reads S010 %s as a part', (s010, part) => {
    expect(header(`UNH+1+PNRGOV:11:1:IA+REF+${s010}'`).message.part).toEqual(part);
  });

  it('leaves part undefined and accessReference empty when UNH has neither', () => {
    const { message } = header("UNH+1+PNRGOV:13:1:IA'");
    expect(message.part).toBeUndefined();
    expect(message.accessReference).toBe('');
    expect(message.association).toBe('');
  });

  it.each([
    ['1:X', 2],
    ['X:C', 1],
    ['0:F', 1],
    ['01:', 2],
    [':F', 1],
  ])('rejects S010 %s with 12 at element 4, component %i', (s010, component) => {
    const { message, findings } = header(`UNH+7+PAXLST:D:05B:UN:IATA+REF+${s010}'`, [], 'G1');
    expect(message.part).toBeUndefined();
    expect(strip(findings)).toEqual([
      {
        kind: 'syntax',
        level: 'element',
        code: '12',
        rule: 'envelope.unh.sequence',
        message: undefined,
        location: {
          tag: 'UNH',
          segmentIndex: 3,
          messageReference: '7',
          groupReference: 'G1',
          position: 1,
          element: 4,
          component,
          value: s010,
        },
      },
    ]);
  });

  it('reports a missing reference (13) and one over 14 characters (39) at element 1', () => {
    expect(strip(header("UNH++PAXLST:D:05B:UN'").findings)).toMatchObject([
      {
        level: 'element',
        code: '13',
        rule: 'envelope.unh.reference',
        location: { element: 1, component: 1, value: '' },
      },
    ]);
    const long = '123456789012345';
    expect(strip(header(`UNH+${long}+PAXLST:D:05B:UN'`).findings)).toMatchObject([
      {
        level: 'element',
        code: '39',
        rule: 'envelope.unh.reference',
        location: { element: 1, value: long },
      },
    ]);
  });

  it('reports a reference used before in the interchange with 26 at message level, in any group', () => {
    const { findings } = header("UNH+1+PAXLST:D:05B:UN'", ['1'], 'G2');
    expect(strip(findings)).toEqual([
      {
        kind: 'syntax',
        level: 'message',
        code: '26',
        rule: 'envelope.unh.duplicate-reference',
        message: undefined,
        location: {
          tag: 'UNH',
          segmentIndex: 3,
          messageReference: '1',
          groupReference: 'G2',
          position: 1,
          element: 1,
          component: 1,
          value: '1',
        },
      },
    ]);
    expect(header("UNH+2+PAXLST:D:05B:UN'", ['1']).findings).toEqual([]);
  });

  it.each(["UNH+1+PAXLST:D:05B'", "UNH+1+PAXLST'", "UNH+1+:D:05B:UN'", "UNH+1'"])(
    '%s misses part of S009: 13 at element 2',
    (text) => {
      expect(strip(header(text).findings)).toMatchObject([
        {
          level: 'element',
          code: '13',
          rule: 'envelope.unh.identifier',
          location: { element: 2, component: 1 },
        },
      ]);
    },
  );
});

describe(checkMessageTrailer.name, () => {
  const message = (segments: number, group?: string): EdifactMessage => ({
    ...readMessageHeader(segment("UNH+M1+PAXLST:D:05B:UN'", 1), group, new Set()).message,
    segments: Array.from({ length: segments }, (_, k) =>
      segment(k === 0 ? "UNH+M1'" : "BGM+745'", k + 1),
    ),
  });

  it('accepts a count that includes UNH and UNT, and the UNH reference', () => {
    const m = message(3);
    const unt = segment("UNT+4+M1'", 4);
    m.segments.push(unt);
    expect(checkMessageTrailer(m, unt)).toEqual([]);
  });

  it('reads the count as a number: leading zeros are the same count', () => {
    const m = message(3);
    const unt = segment("UNT+000004+M1'", 4);
    m.segments.push(unt);
    expect(checkMessageTrailer(m, unt)).toEqual([]);
  });

  it.each(['3', '5', '', 'FOUR', '-4', '4.0'])(
    'reports the count %j with 29 at message level',
    (count) => {
      const m = message(3, 'G1');
      const unt = segment(`UNT+${count}+M1'`, 4);
      m.segments.push(unt);
      expect(strip(checkMessageTrailer(m, unt))).toEqual([
        {
          kind: 'syntax',
          level: 'message',
          code: '29',
          rule: 'envelope.unt.count',
          message: undefined,
          location: {
            messageReference: 'M1',
            groupReference: 'G1',
            tag: 'UNT',
            segmentIndex: 4,
            position: 4,
            element: 1,
            value: count,
          },
        },
      ]);
    },
  );

  it('reports a reference other than the UNH reference with 28 at message level', () => {
    const m = message(1);
    const unt = segment("UNT+2+M2'", 2);
    m.segments.push(unt);
    expect(strip(checkMessageTrailer(m, unt))).toEqual([
      {
        kind: 'syntax',
        level: 'message',
        code: '28',
        rule: 'envelope.unt.reference',
        message: undefined,
        location: {
          messageReference: 'M1',
          groupReference: undefined,
          tag: 'UNT',
          segmentIndex: 2,
          position: 2,
          element: 2,
          value: 'M2',
        },
      },
    ]);
  });

  it('reports a missing UNT with 13 at message level', () => {
    expect(strip(checkMessageTrailer(message(2), undefined))).toEqual([
      {
        kind: 'syntax',
        level: 'message',
        code: '13',
        rule: 'envelope.unt.missing',
        message: undefined,
        location: { messageReference: 'M1', groupReference: undefined, tag: 'UNT' },
      },
    ]);
  });
});

describe(countMatches.name, () => {
  it.each([
    ['4', 4, true],
    ['0004', 4, true],
    ['0', 0, true],
    ['5', 4, false],
    ['', 0, false],
    [' 4', 4, false],
    ['4 ', 4, false],
    ['+4', 4, false],
    ['4e0', 4, false],
    ['0x4', 4, false],
  ])('%j counts %i: %s', (value, expected, matches) => {
    expect(countMatches(value, expected)).toBe(matches);
  });
});
