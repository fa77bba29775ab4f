import { Finding } from '../findings/finding';
import { Interchange } from '../model/interchange';
import { DEFAULT_SERVICE_CHARACTERS } from '../syntax/service-characters';
import { readInterchange } from './interchange.reader';

const read = (input: string | Buffer): Interchange =>
  readInterchange(typeof input === 'string' ? Buffer.from(input, 'latin1') : input);
const latin1 = (...parts: Array<string | number[]>): Buffer =>
  Buffer.concat(
    parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))),
  );
const syntax = (interchange: Interchange): Finding[] =>
  interchange.findings.filter((f) => f.kind === 'syntax');
const tags = (interchange: Interchange): string[][] =>
  interchange.messages.map((m) => m.segments.map((s) => s.tag));

const UNB = (charset = 'UNOA:4') => `UNB+${charset}+SENDER:ZZ+RECIPIENT:ZZ+260101:1200+REF1'`;
/** A message around `body`, its UNT counting the body's segments (released terminators are data). */
const PAXLST = (body: string, ref = '1') =>
  `UNH+${ref}+PAXLST:D:05B:UN:IATA'${body}UNT+${body.replace(/\?./g, '').split("'").length + 1}+${ref}'`;
const UNZ = "UNZ+1+REF1'";

describe(readInterchange.name, () => {
  describe('service characters', () => {
    it('reads with the defaults when there is no UNA', () => {
      const interchange = read(`${UNB()}${PAXLST("BGM+745'NAD+FL+++O?'BRIEN:JOHN'")}${UNZ}`);
      expect(interchange.findings).toEqual([]);
      expect(interchange.serviceCharacters).toEqual(DEFAULT_SERVICE_CHARACTERS);
      expect(interchange.messages[0].segments[2].elements[3]).toEqual(["O'BRIEN", 'JOHN']);
      expect(interchange.segmentCount).toBe(6);
    });

    it('reads an interchange written with UNA:(.) - (elements by `(`, segments by `-`)', () => {
      const interchange = read(
        'UNA:(.) -UNB(UNOA:4(SENDER:ZZ(RECIPIENT(260101:1200(REF1-UNH(1(PAXLST:D:05B:UN:IATA-NAD(FL(((SMITH:JO)-ANN-UNT(3(1-UNZ(1(REF1-',
      );
      expect(interchange.findings).toEqual([]);
      expect(interchange.header).toMatchObject({
        sender: { id: 'SENDER', qualifier: 'ZZ' },
        controlReference: 'REF1',
      });
      expect(interchange.messages[0].segments[1].elements).toEqual([
        ['FL'],
        [''],
        [''],
        ['SMITH', 'JO-ANN'],
      ]);
    });

    it("activates the repetition separator of UNA:+.?*' under syntax version 4 only", () => {
      const body = (v: string) => `UNA:+.?*'${UNB(`UNOA:${v}`)}${PAXLST("FTX+AAI+++A*B'")}${UNZ}`;
      const v4 = read(body('4')).messages[0].segments[1];
      expect(v4.elements).toEqual([['AAI'], [''], [''], ['A']]);
      expect(v4.repeats).toEqual({ 4: [['B']] });
      const v3 = read(body('3')).messages[0].segments[1];
      expect(v3.elements).toEqual([['AAI'], [''], [''], ['A*B']]);
      expect(v3.repeats).toBeUndefined();
    });

    it("reads * as data when the UNA reserves the repetition position with a space (UNA:+.? ')", () => {
      const interchange = read(`UNA:+.? '${UNB()}${PAXLST("FTX+AAI+++A*B'")}${UNZ}`);
      expect(interchange.serviceCharacters.repetition).toBeNull();
      expect(interchange.messages[0].segments[1].elements[3]).toEqual(['A*B']);
    });
  });

  describe('an unreadable UNA', () => {
    it('rejects with 20 and still recovers the UNB for the CONTRL (five-character UNA)', () => {
      const interchange = read(
        "UNA:+\\*'\nUNB+IATA:1+1A+KRC+130527:0754+0003'\nUNH+1+PNRGOV:11:1:IA'\nMSG+:22'\nUNT+3+1'\nUNZ+1+0003'",
      );
      expect(interchange.findings).toEqual([
        {
          kind: 'syntax',
          level: 'interchange',
          code: '20',
          rule: 'envelope.una.service-characters',
          message:
            "UNA has only five service characters (':+\\*''): the segment terminator position holds a line feed.",
          location: { tag: 'UNA', segmentIndex: -1, value: ":+\\*'\n" },
        },
      ]);
      expect(interchange.header).toEqual({
        syntaxId: 'IATA',
        syntaxVersion: 1,
        sender: { id: '1A', qualifier: '' },
        recipient: { id: 'KRC', qualifier: '' },
        date: '130527',
        time: '0754',
        controlReference: '0003',
        applicationReference: '',
        ackRequested: false,
        test: false,
      });
      expect(interchange.charset).toBe('IATA');
      expect(interchange.messages).toEqual([]);
    });

    it('recovers the UNB after a multi-byte terminator (U+2019) and names the character', () => {
      const interchange = read(
        latin1(
          'UNA:+.\\*',
          [0xe2, 0x80, 0x99],
          " UNB+IATA:1+1A+KRC+130527:0649+0003'\nUNH+1+PNRGOV:11:1:IA'",
        ),
      );
      expect(syntax(interchange)).toHaveLength(1);
      expect(interchange.findings[0]).toMatchObject({
        code: '20',
        level: 'interchange',
        message: expect.stringContaining('U+2019') as string,
      });
      expect(interchange.header).toMatchObject({
        sender: { id: '1A' },
        recipient: { id: 'KRC' },
        controlReference: '0003',
      });
    });

    it('recovers a UNB written with other separators after a UNA giving one character two roles', () => {
      const interchange = read(
        'UNA:(.)(-UNB(UNOA:4(SENDER:ZZ(RECIP(260101:1200(REF1((APIS-UNH(1(PAXLST:D:05B:UN:IATA-',
      );
      expect(interchange.findings.map((f) => f.message)).toEqual([
        "UNA gives '(' two roles: element separator and repetition separator.",
      ]);
      expect(interchange.header).toMatchObject({
        syntaxId: 'UNOA',
        sender: { id: 'SENDER', qualifier: 'ZZ' },
        controlReference: 'REF1',
        applicationReference: 'APIS',
      });
    });

    it('recovers a UNB that follows a five-character UNA directly', () => {
      const interchange = read(
        "UNA:+.?'UNB+UNOA:4+SENDER+RECIP+260101:1200+REF1'UNH+1+PAXLST:D:05B:UN:IATA'",
      );
      expect(interchange.findings).toHaveLength(1);
      expect(interchange.header.controlReference).toBe('REF1');
    });

    it('reports a truncated UNA and that no UNB follows', () => {
      expect(
        read('UNA:+.').findings.map((f) => (f.kind === 'syntax' ? [f.code, f.rule] : f.rule)),
      ).toEqual([
        ['20', 'envelope.una.service-characters'],
        ['13', 'envelope.unb.missing'],
      ]);
    });
  });

  describe('noise around segments', () => {
    const clean = `${UNB()}${PAXLST("BGM+745'NAD+FL+++SMITH:JOHN'")}${UNZ}`;
    const expected = read(clean);

    it('reads the same with CR/LF, spaces and tabs between segments', () => {
      const noisy = read(`\r\n\r\n  ${clean.replace(/'/g, "'\r\n \t")}`);
      expect(noisy.findings).toEqual([]);
      expect(noisy.messages.map((m) => m.segments.map((s) => [s.tag, s.elements]))).toEqual(
        expected.messages.map((m) => m.segments.map((s) => [s.tag, s.elements])),
      );
    });

    it('removes CR/LF inside a segment (line folding) without touching the values', () => {
      const folded = read(clean.replace('SMITH', 'SMI\r\nTH').replace('BGM+745', 'BG\nM+74\r\n5'));
      expect(folded.findings).toEqual([]);
      expect(folded.messages[0].segments[1].elements).toEqual([['745']]);
      expect(folded.messages[0].segments[2].elements[3]).toEqual(['SMITH', 'JOHN']);
    });

    it('skips a UTF-8 byte-order mark and leading blank lines before UNA', () => {
      const interchange = read(latin1([0xef, 0xbb, 0xbf], "\r\n\r\nUNA:+.? '\r\n", clean));
      expect(interchange.findings).toEqual([]);
      expect(interchange.messages).toHaveLength(1);
    });

    it('keeps a space that is part of a value', () => {
      expect(
        read(clean.replace('SMITH', 'VAN DER BERG ')).messages[0].segments[2].elements[3][0],
      ).toBe('VAN DER BERG ');
    });
  });

  describe('character sets', () => {
    it('UNOA: lower case in a message is 21 at element level, with element, component and value', () => {
      const interchange = read(`${UNB()}${PAXLST("BGM+745'NAD+FL+++Smith:JOHN'")}${UNZ}`);
      expect(interchange.findings).toEqual([
        {
          kind: 'syntax',
          level: 'element',
          code: '21',
          rule: 'syntax.character-set',
          message:
            "NAD element 4.1 holds 'm' (0x6d), which the interchange's character set does not allow.",
          location: {
            tag: 'NAD',
            segmentIndex: 3,
            messageReference: '1',
            messageIndex: 0,
            groupReference: undefined,
            position: 3,
            element: 4,
            component: 1,
            value: 'Smith',
          },
        },
      ]);
    });

    it.each(['UNOB:3', 'IATA:1'])('%s accepts lower case', (charset) => {
      expect(read(`${UNB(charset)}${PAXLST("NAD+FL+++Smith:John'")}${UNZ}`).findings).toEqual([]);
    });

    it.each([
      ['UNOC:3', [0xdc], 'MÜLLER'],
      ['UNOD:3', [0xa9], 'MŠLLER'],
      ['UNOY:4', [0xc3, 0x9c], 'MÜLLER'],
    ])('%s decodes the surname', (charset, bytes, surname) => {
      const interchange = read(
        latin1(
          `${UNB(charset)}UNH+1+PAXLST:D:05B:UN:IATA'NAD+FL+++M`,
          bytes,
          `LLER'UNT+3+1'${UNZ}`,
        ),
      );
      expect(interchange.findings).toEqual([]);
      expect(interchange.charset).toBe(charset.slice(0, 4));
      expect(interchange.messages[0].segments[1].elements[3]).toEqual([surname]);
    });

    it('UNOY: invalid UTF-8 is 21 at element level', () => {
      const interchange = read(
        latin1(
          `${UNB('UNOY:4')}UNH+1+PAXLST:D:05B:UN:IATA'NAD+FL+++M`,
          [0xff],
          `LLER'UNT+3+1'${UNZ}`,
        ),
      );
      expect(interchange.findings).toMatchObject([
        {
          level: 'element',
          code: '21',
          location: { tag: 'NAD', position: 2, element: 4, component: 1, value: 'M\ufffdLLER' },
        },
      ]);
    });

    it('an unknown character set (XXXX:3) is 46 at interchange level; the messages are still read', () => {
      const interchange = read(`${UNB('XXXX:3')}${PAXLST("BGM+745'")}${UNZ}`);
      expect(interchange.findings).toEqual([
        {
          kind: 'syntax',
          level: 'interchange',
          code: '46',
          rule: 'envelope.unb.syntax-identifier',
          message:
            "Character set 'XXXX' is not supported; use UNOA, UNOB, UNOC–UNOK, UNOW, UNOY or IATA.",
          location: { tag: 'UNB', segmentIndex: 0, element: 1, component: 1, value: 'XXXX' },
        },
      ]);
      expect(tags(interchange)).toEqual([['UNH', 'BGM', 'UNT']]);
    });

    it('syntax version 5 is 2 at interchange level', () => {
      expect(read(`${UNB('UNOA:5')}${PAXLST("BGM+745'")}${UNZ}`).findings).toMatchObject([
        {
          kind: 'syntax',
          level: 'interchange',
          code: '2',
          rule: 'envelope.unb.syntax-version',
          location: { tag: 'UNB', element: 1, component: 2, value: '5' },
        },
      ]);
    });
  });
});
