import { Finding, SyntaxLevel } from '../findings/finding';
import { SyntaxErrorCode } from '../findings/syntax-error-code';
import { Interchange } from '../model/interchange';
import { readInterchange } from './interchange.reader';

const read = (text: string): Interchange => readInterchange(Buffer.from(text, 'latin1'));
const UNB = "UNB+UNOA:4+SENDER:ZZ+RECIPIENT:ZZ+260101:1200+REF1'";
const MSG = (ref: string, extra = '') =>
  `UNH+${ref}+PAXLST:D:05B:UN:IATA${extra}'BGM+745'UNT+3+${ref}'`;
const UNG = (ref: string) => `UNG+PAXLST+SENDER+RECIPIENT+260101:1200+${ref}+UN+D:05B'`;

/** Findings as (level, code, rule) triples: what a CONTRL is built from. */
const faults = (interchange: Interchange): Array<[SyntaxLevel, SyntaxErrorCode, string] | string> =>
  interchange.findings.map((f: Finding) =>
    f.kind === 'syntax' ? [f.level, f.code, f.rule] : `${f.severity}:${f.rule}`,
  );

describe('readInterchange: the envelope (ISO 9735 UNB/UNG/UNH/UNT/UNE/UNZ)', () => {
  it('reads header, messages and segment count of a clean interchange', () => {
    const interchange = read(
      `${UNB}${MSG('1', '+LH400/260101+01:C')}${MSG('2', '+LH400/260101+02:F')}UNZ+2+REF1'`,
    );
    expect(interchange.findings).toEqual([]);
    expect(interchange.groups).toEqual([]);
    expect(
      interchange.messages.map((m) => [m.reference, m.type, m.accessReference, m.part]),
    ).toEqual([
      ['1', 'PAXLST', 'LH400/260101', { number: 1, last: false }],
      ['2', 'PAXLST', 'LH400/260101', { number: 2, last: true }],
    ]);
    expect(interchange.segmentCount).toBe(8);
    expect(interchange.typeB).toBe(false);
  });

  it('rejects a bad S010 part marker (1:X) with 12 at element level', () => {
    const interchange = read(`${UNB}${MSG('1', '+REF+1:X')}UNZ+1+REF1'`);
    expect(interchange.messages[0].part).toBeUndefined();
    expect(interchange.findings).toMatchObject([
      {
        level: 'element',
        code: '12',
        rule: 'envelope.unh.sequence',
        location: { tag: 'UNH', position: 1, element: 4, component: 2, value: '1:X' },
      },
    ]);
  });

  describe('UNZ', () => {
    it('reports a count that differs from the messages received (29) and a foreign reference (28)', () => {
      const interchange = read(`${UNB}${MSG('1')}UNZ+2+REF9'`);
      expect(interchange.findings).toEqual([
        {
          kind: 'syntax',
          level: 'interchange',
          code: '29',
          rule: 'envelope.unz.count',
          message: 'UNZ counts 2 messages; the interchange holds 1.',
          location: { tag: 'UNZ', segmentIndex: 4, element: 1, value: '2' },
        },
        {
          kind: 'syntax',
          level: 'interchange',
          code: '28',
          rule: 'envelope.unz.reference',
          message: "UNZ reference 'REF9' does not match UNB reference 'REF1'.",
          location: { tag: 'UNZ', segmentIndex: 4, element: 2, value: 'REF9' },
        },
      ]);
    });

    it('accepts a count with leading zeros', () => {
      expect(read(`${UNB}${MSG('1')}UNZ+000001+REF1'`).findings).toEqual([]);
    });

    it('reports a missing UNZ (truncated interchange) with 13', () => {
      expect(faults(read(`${UNB}${MSG('1')}`))).toEqual([
        ['interchange', '13', 'envelope.unz.missing'],
      ]);
    });

    it('only warns when UNZ is the last segment and lacks its terminator', () => {
      expect(faults(read(`${UNB}${MSG('1')}UNZ+1+REF1`))).toEqual([
        'warning:syntax.segment-terminator',
      ]);
    });

    it('only warns, once, about text after UNZ', () => {
      const interchange = read(`${UNB}${MSG('1')}UNZ+1+REF1'\r\nNNNN'garbage`);
      expect(interchange.findings).toEqual([
        {
          kind: 'quality',
          severity: 'warning',
          rule: 'envelope.after-unz',
          message: "Text after UNZ was ignored, starting 'NNNN'.",
          location: { tag: 'NNNN', segmentIndex: 5, value: 'NNNN' },
        },
      ]);
      expect(interchange.messages).toHaveLength(1);
    });

    it('rejects a second interchange after UNZ (33) rather than dropping it as trailing text', () => {
      const interchange = read(`${UNB}${MSG('1')}UNZ+1+REF1'\r\n${UNB}${MSG('1')}UNZ+1+REF1'`);
      expect(faults(interchange)).toEqual([['interchange', '33', 'envelope.second-interchange']]);
      expect(interchange.findings[0].location).toEqual({ tag: 'UNB', segmentIndex: 5 });
      expect(interchange.messages).toHaveLength(1);
    });

    it('reports an interchange without messages with 32', () => {
      expect(read(`${UNB}UNZ+0+REF1'`).findings).toEqual([
        {
          kind: 'syntax',
          level: 'interchange',
          code: '32',
          rule: 'envelope.empty',
          message: 'The interchange holds no message.',
          location: { tag: 'UNB' },
        },
      ]);
    });
  });

  describe('UNH/UNT', () => {
    it('reports a UNT count that leaves out UNH or UNT (29 at message level) and a wrong reference (28)', () => {
      const interchange = read(`${UNB}UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'UNT+2+7'UNZ+1+REF1'`);
      expect(interchange.findings).toEqual([
        {
          kind: 'syntax',
          level: 'message',
          code: '29',
          rule: 'envelope.unt.count',
          message: "UNT counts 2 segments; message '1' has 3 (UNH and UNT included).",
          location: {
            tag: 'UNT',
            messageReference: '1',
            messageIndex: 0,
            groupReference: undefined,
            segmentIndex: 3,
            position: 3,
            element: 1,
            value: '2',
          },
        },
        {
          kind: 'syntax',
          level: 'message',
          code: '28',
          rule: 'envelope.unt.reference',
          message: "UNT reference '7' does not match UNH reference '1'.",
          location: {
            tag: 'UNT',
            messageReference: '1',
            messageIndex: 0,
            groupReference: undefined,
            segmentIndex: 3,
            position: 3,
            element: 2,
            value: '7',
          },
        },
      ]);
    });

    it('ends a message without UNT at the next UNH and reports it (13 at message level)', () => {
      const interchange = read(`${UNB}UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'${MSG('2')}UNZ+2+REF1'`);
      expect(faults(interchange)).toEqual([['message', '13', 'envelope.unt.missing']]);
      expect(interchange.findings[0].location).toEqual({
        tag: 'UNT',
        messageReference: '1',
        messageIndex: 0,
        groupReference: undefined,
      });
      expect(interchange.messages.map((m) => m.segments.map((s) => s.tag))).toEqual([
        ['UNH', 'BGM'],
        ['UNH', 'BGM', 'UNT'],
      ]);
    });

    it('reports a truncated message: last segment unterminated, no UNT, no UNZ', () => {
      expect(faults(read(`${UNB}UNH+1+PAXLST:D:05B:UN:IATA'BGM+74`))).toEqual([
        ['segment', '13', 'syntax.segment-terminator'],
        ['message', '13', 'envelope.unt.missing'],
        ['interchange', '13', 'envelope.unz.missing'],
      ]);
    });

    it('reports a message reference used twice with 26 at message level', () => {
      const interchange = read(`${UNB}${MSG('1')}${MSG('1')}UNZ+2+REF1'`);
      expect(interchange.findings).toMatchObject([
        {
          level: 'message',
          code: '26',
          rule: 'envelope.unh.duplicate-reference',
          location: { tag: 'UNH', segmentIndex: 4, messageReference: '1', position: 1 },
        },
      ]);
    });

    it('reports a segment between UNT and UNH with 33 at interchange level', () => {
      expect(read(`${UNB}${MSG('1')}BGM+745'UNZ+1+REF1'`).findings).toEqual([
        {
          kind: 'syntax',
          level: 'interchange',
          code: '33',
          rule: 'envelope.outside-message',
          message: "Segment 'BGM' stands outside any message (between UNT and UNH).",
          location: { tag: 'BGM', segmentIndex: 4, groupReference: undefined },
        },
      ]);
    });

    it('reports a bad tag once: `UNG ` (with a space) outside a message is 12, not also 33', () => {
      expect(read(`${UNB}UNG +PAXLST'${MSG('1')}UNZ+1+REF1'`).findings).toEqual([
        {
          kind: 'syntax',
          level: 'interchange',
          code: '12',
          rule: 'syntax.segment-tag',
          message: "'UNG ' is not a segment tag (three upper-case letters).",
          location: { tag: 'UNG ', segmentIndex: 1, value: 'UNG ' },
        },
      ]);
    });

    it('reports a lower-case tag inside a message with 12 at segment level, at its position', () => {
      expect(read(`${UNB}UNH+1+PAXLST:D:05B:UN:IATA'bgm+745'UNT+3+1'UNZ+1+REF1'`).findings).toEqual(
        [
          {
            kind: 'syntax',
            level: 'segment',
            code: '12',
            rule: 'syntax.segment-tag',
            message: "'bgm' is not a segment tag (three upper-case letters).",
            location: {
              tag: 'bgm',
              segmentIndex: 2,
              messageReference: '1',
              messageIndex: 0,
              groupReference: undefined,
              position: 2,
              value: 'bgm',
            },
          },
        ],
      );
    });
  });

  describe('groups (UNG/UNE)', () => {
    it('reads groups, counts them in UNZ and tags their messages', () => {
      const interchange = read(
        `${UNB}${UNG('G1')}${MSG('1')}${MSG('2')}UNE+2+G1'${UNG('G2')}${MSG('3')}UNE+1+G2'UNZ+2+REF1'`,
      );
      expect(interchange.findings).toEqual([]);
      expect(interchange.groups).toEqual([
        {
          messageGroupId: 'PAXLST',
          sender: { id: 'SENDER', qualifier: '' },
          recipient: { id: 'RECIPIENT', qualifier: '' },
          reference: 'G1',
          trailerCount: '2',
          segmentIndex: 1,
        },
        {
          messageGroupId: 'PAXLST',
          sender: { id: 'SENDER', qualifier: '' },
          recipient: { id: 'RECIPIENT', qualifier: '' },
          reference: 'G2',
          trailerCount: '1',
          segmentIndex: 9,
        },
      ]);
      expect(interchange.messages.map((m) => m.groupReference)).toEqual(['G1', 'G1', 'G2']);
    });

    it('reports a UNE count (29) and reference (28) at group level', () => {
      expect(read(`${UNB}${UNG('G1')}${MSG('1')}UNE+2+G9'UNZ+1+REF1'`).findings).toEqual([
        {
          kind: 'syntax',
          level: 'group',
          code: '29',
          rule: 'envelope.une.count',
          message: 'UNE counts 2 messages; the group holds 1.',
          location: { tag: 'UNE', segmentIndex: 5, groupReference: 'G1', element: 1, value: '2' },
        },
        {
          kind: 'syntax',
          level: 'group',
          code: '28',
          rule: 'envelope.une.reference',
          message: "UNE reference 'G9' does not match UNG reference 'G1'.",
          location: { tag: 'UNE', segmentIndex: 5, groupReference: 'G1', element: 2, value: 'G9' },
        },
      ]);
    });

    it('reports UNZ counting messages where it must count groups (29)', () => {
      expect(faults(read(`${UNB}${UNG('G1')}${MSG('1')}${MSG('2')}UNE+2+G1'UNZ+2+REF1'`))).toEqual([
        ['interchange', '29', 'envelope.unz.count'],
      ]);
    });

    it('reports groups and messages mixed (30), either way round', () => {
      expect(faults(read(`${UNB}${MSG('1')}${UNG('G1')}${MSG('2')}UNE+1+G1'UNZ+1+REF1'`))).toEqual([
        ['interchange', '30', 'envelope.groups-mixed'],
      ]);
      expect(faults(read(`${UNB}${UNG('G1')}${MSG('1')}UNE+1+G1'${MSG('2')}UNZ+1+REF1'`))).toEqual([
        ['interchange', '30', 'envelope.groups-mixed'],
      ]);
    });

    it('reports an empty group (32), a missing UNE (13) and a UNE without UNG (33)', () => {
      expect(
        faults(read(`${UNB}${UNG('G1')}UNE+0+G1'${UNG('G2')}${MSG('1')}UNE+1+G2'UNZ+2+REF1'`)),
      ).toEqual([['group', '32', 'envelope.group.empty']]);
      expect(faults(read(`${UNB}${UNG('G1')}${MSG('1')}UNZ+1+REF1'`))).toEqual([
        ['group', '13', 'envelope.une.missing'],
      ]);
      expect(faults(read(`${UNB}${MSG('1')}UNE+1+G1'UNZ+1+REF1'`))).toEqual([
        ['interchange', '33', 'envelope.une.unmatched'],
      ]);
    });

    it('reports a segment between messages of a group with 33 at group level', () => {
      expect(
        read(`${UNB}${UNG('G1')}${MSG('1')}BGM+745'UNE+1+G1'UNZ+1+REF1'`).findings,
      ).toMatchObject([
        {
          level: 'group',
          code: '33',
          rule: 'envelope.outside-message',
          location: { tag: 'BGM', groupReference: 'G1' },
        },
      ]);
    });

    it('reports a UNG without group reference with 13', () => {
      expect(faults(read(`${UNB}UNG+PAXLST+S+R+260101:1200'${MSG('1')}UNE+1'UNZ+1+REF1'`))).toEqual(
        [['group', '13', 'envelope.ung.reference']],
      );
    });
  });

  describe('a missing UNB', () => {
    it('says the input holds no segments, and nothing more', () => {
      expect(read('').findings).toEqual([
        {
          kind: 'syntax',
          level: 'interchange',
          code: '13',
          rule: 'envelope.unb.missing',
          message: 'The input holds no EDIFACT segments.',
          location: { tag: 'UNB', segmentIndex: 0 },
        },
      ]);
      expect(faults(read(' \r\n'))).toEqual([['interchange', '13', 'envelope.unb.missing']]);
    });

    it('names what stands first instead, and still reads the messages', () => {
      const interchange = read(`${MSG('1')}UNZ+1+REF1'`);
      expect(interchange.findings[0]).toMatchObject({
        code: '13',
        message: "The interchange must start with UNB; it starts with 'UNH'.",
      });
      expect(interchange.messages).toHaveLength(1);
    });
  });
});
