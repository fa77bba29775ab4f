import { randomBytes } from 'node:crypto';
import { SYNTAX_ERROR_CODES } from '../findings/syntax-error-code';
import { Interchange } from '../model/interchange';
import { MAX_FINDINGS } from '../findings/bounded-findings.collector';
import { readInterchange } from './interchange.reader';

const UNB = "UNB+UNOA:4+SENDER:ZZ+RECIPIENT:ZZ+260101:1200+REF1'";
const bytes = (text: string): Buffer => Buffer.from(text, 'latin1');

/** Every syntax finding stands at a CONTRL level its code may be reported at (EDIFACT-NOTES §4). */
function expectReportable(interchange: Interchange): void {
  for (const f of interchange.findings) {
    if (f.kind === 'syntax') expect(SYNTAX_ERROR_CODES[f.code].levels).toContain(f.level);
  }
}

describe('readInterchange: size limits and hostile input', () => {
  it('reports an oversize segment (missing terminator) and goes on reading after it', () => {
    const lost = `FTX+AAI+++${'A'.repeat(5000)}`; // its terminator is missing, so it runs into the CNT
    const interchange = readInterchange(
      bytes(`${UNB}UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'${lost}CNT+42:1'UNT+4+1'UNZ+1+REF1'`),
      { maxSegmentBytes: 1024 },
    );
    expect(interchange.findings).toEqual([
      {
        kind: 'syntax',
        level: 'segment',
        code: '18',
        rule: 'syntax.segment-size',
        message: 'A segment of 5018 bytes exceeds the size limit: is a segment terminator missing?',
        location: {
          tag: 'FTX',
          segmentIndex: 3,
          messageReference: '1',
          messageIndex: 0,
          groupReference: undefined,
          position: 3,
        },
      },
    ]);
    expect(interchange.messages[0].segments.map((s) => s.tag)).toEqual([
      'UNH',
      'BGM',
      'FTX',
      'UNT',
    ]);
    expect(interchange.messages[0].segments[2].elements).toEqual([]);
  });

  it('bounds the work on a large input whose terminator never comes', () => {
    const input = Buffer.concat([
      bytes(`${UNB}UNH+1+PAXLST:D:05B:UN:IATA'FTX+`),
      Buffer.alloc(8 * 1024 * 1024, 0x41),
    ]);
    const interchange = readInterchange(input);
    expect(interchange.findings.map((f) => f.rule)).toEqual([
      'syntax.segment-terminator',
      'syntax.segment-size',
      'envelope.unt.missing',
      'envelope.unz.missing',
    ]);
    expectReportable(interchange);
  });

  it('keeps the first findings of many small faulty segments and counts the rest', () => {
    const input = bytes(
      `${UNB}UNH+1+PAXLST:D:05B:UN:IATA'${"bad+X'".repeat(200000)}UNT+200002+1'UNZ+1+REF1'`,
    );
    const interchange = readInterchange(input);
    expect(interchange.findings).toHaveLength(MAX_FINDINGS);
    expect(interchange.findings[MAX_FINDINGS - 1].location).toMatchObject({
      tag: 'bad',
      position: MAX_FINDINGS + 1,
    });
    expect(interchange.droppedFindings).toEqual({ syntax: 200000 - MAX_FINDINGS, quality: 0 });
  });

  it('keeps what closes the interchange past the cap: a truncation is always named', () => {
    const input = bytes(`${UNB}UNH+1+PAXLST:D:05B:UN:IATA'${"bad+X'".repeat(5000)}`);
    const rules = readInterchange(input).findings.map((f) => f.rule);
    expect(rules).toContain('envelope.unz.missing');
  });

  it('stays linear on many small messages', () => {
    const messages = Array.from(
      { length: 40000 },
      (_, k) => `UNH+${k}+PAXLST:D:05B:UN:IATA'UNT+2+${k}'`,
    ).join('');
    const interchange = readInterchange(bytes(`${UNB}${messages}UNZ+40000+REF1'`));
    expect(interchange.findings).toEqual([]);
    expect(interchange.messages).toHaveLength(40000);
  });

  it('reports an interchange over maxInterchangeBytes (18), names its UNB and reads no further', () => {
    const input = bytes(`${UNB}UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'UNT+3+1'UNZ+1+REF1'`);
    const interchange = readInterchange(input, { maxInterchangeBytes: 64 });
    expect(interchange.findings).toEqual([
      {
        kind: 'syntax',
        level: 'interchange',
        code: '18',
        rule: 'envelope.size',
        message: `The interchange is ${input.length} bytes, over the limit of 64.`,
        location: { tag: 'UNB' },
      },
    ]);
    expect(interchange.header.controlReference).toBe('REF1');
    expect(interchange.messages).toEqual([]);
    expect(readInterchange(input, { maxInterchangeBytes: input.length }).findings).toEqual([]);
  });

  it('never throws on random bytes, and every finding it makes is reportable', () => {
    for (let k = 0; k < 3000; k++) {
      const input = randomBytes(k % 300);
      expect(() => expectReportable(readInterchange(input))).not.toThrow();
    }
  });

  it('never throws on random bytes behind a valid UNA and UNB, in every character set', () => {
    for (const charset of [
      'UNOA:4',
      'UNOB:3',
      'UNOC:3',
      'UNOD:3',
      'UNOI:3',
      'UNOY:4',
      'IATA:1',
      'XXXX:3',
    ]) {
      for (let k = 0; k < 300; k++) {
        const input = Buffer.concat([
          bytes(`UNA:+.?*'UNB+${charset}+S+R+260101:1200+REF1'UNH+1+PAXLST:D:05B:UN'`),
          randomBytes(k),
        ]);
        expect(() =>
          expectReportable(readInterchange(input, { maxSegmentBytes: 64 })),
        ).not.toThrow();
      }
    }
  });

  it('never throws on random text made of service characters and tags', () => {
    const alphabet = [
      "'",
      '+',
      ':',
      '?',
      '*',
      ' ',
      '\r\n',
      'UNH',
      'UNT',
      'UNG',
      'UNE',
      'UNZ',
      'UNB',
      'UNA',
      '1',
      'A',
      '\u0001',
      '\u0002',
      '\u0003',
    ];
    for (let k = 0; k < 2000; k++) {
      const picks = randomBytes(40);
      const text = Array.from(picks, (b) => alphabet[b % alphabet.length]).join('');
      expect(() =>
        expectReportable(readInterchange(bytes(k % 2 === 0 ? text : `${UNB}${text}`))),
      ).not.toThrow();
    }
  });

  it('reads only the UNA and UNB when asked for the header alone', () => {
    const input = bytes(`${UNB}UNH+1+PAXLST:D:05B:UN:IATA'bad+X'UNT+3+1'UNZ+1+REF1'`);
    const interchange = readInterchange(input, { headerOnly: true });
    expect(interchange.header.controlReference).toBe('REF1');
    expect(interchange.messages).toEqual([]);
    expect(interchange.findings).toEqual([]);
  });
});
