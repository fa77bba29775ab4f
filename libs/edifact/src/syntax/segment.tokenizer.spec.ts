import { characterRepertoire } from './character-repertoire';
import { SegmentTokenizer, TokenizedSegment } from './segment.tokenizer';
import { DEFAULT_SERVICE_CHARACTERS, ServiceCharacters } from './service-characters';

const TYPE_B: ServiceCharacters = {
  component: 0x3a,
  element: 0x28,
  decimal: 0x2e,
  release: 0x29,
  repetition: null,
  terminator: 0x2d,
};
const V4: ServiceCharacters = { ...DEFAULT_SERVICE_CHARACTERS, repetition: 0x2a };

interface Options {
  chars?: ServiceCharacters;
  charset?: string;
  v4?: boolean;
  max?: number;
}

function tokenize(input: string | Buffer, options: Options = {}): TokenizedSegment[] {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'latin1') : input;
  const sut = new SegmentTokenizer(
    bytes,
    0,
    options.chars ?? DEFAULT_SERVICE_CHARACTERS,
    options.max ?? 1024,
  );
  if (options.charset !== undefined || options.v4 !== undefined) {
    sut.configure(characterRepertoire(options.charset ?? 'UNOB'), options.v4 ?? false);
  }
  const out: TokenizedSegment[] = [];
  for (let t = sut.next(); t !== null; t = sut.next()) out.push(t);
  return out;
}

/** The only segment of `input`, which must be read without problems. */
function one(input: string | Buffer, options: Options = {}): string[][] {
  const [t, ...rest] = tokenize(input, options);
  expect(rest).toEqual([]);
  expect(t.problems).toEqual([]);
  return t.segment.elements;
}

describe(SegmentTokenizer.name, () => {
  describe('segments, elements and components', () => {
    it('splits the tag, simple and composite elements, keeping empty positions', () => {
      expect(tokenize("NAD+FL+++SURNAME:GIVEN:SECOND'")).toEqual([
        {
          segment: {
            tag: 'NAD',
            elements: [['FL'], [''], [''], ['SURNAME', 'GIVEN', 'SECOND']],
            index: 0,
            offset: 0,
          },
          problems: [],
        },
      ]);
    });

    it('numbers segments from 0 and records the byte offset of each tag', () => {
      const read = tokenize("UNH+1'BGM+745'  \r\n\tUNT+3+1'");
      expect(read.map((t) => [t.segment.tag, t.segment.index, t.segment.offset])).toEqual([
        ['UNH', 0, 0],
        ['BGM', 1, 6],
        ['UNT', 2, 19],
      ]);
    });

    it('reads a segment with no data elements', () => {
      expect(tokenize("SRC'")[0].segment).toEqual({
        tag: 'SRC',
        elements: [],
        index: 0,
        offset: 0,
      });
    });

    it('returns null at the end, and on input that is only blanks', () => {
      expect(tokenize('')).toEqual([]);
      expect(tokenize(' \r\n\t\r\n')).toEqual([]);
    });

    it('reports where it will read next', () => {
      const sut = new SegmentTokenizer(
        Buffer.from("BGM+745'\r\nUNT+2+1'"),
        0,
        DEFAULT_SERVICE_CHARACTERS,
        100,
      );
      sut.next();
      expect(sut.offset).toBe(8);
      sut.next();
      expect(sut.offset).toBe(18);
      expect(sut.next()).toBeNull();
      expect(sut.offset).toBe(18);
    });

    it('reads with any service characters: `(` elements, `)` release, `-` terminator', () => {
      expect(
        tokenize('NAD(FL(((O)-BRIEN:JO-LOC(125(FRA-', { chars: TYPE_B }).map((t) => [
          t.segment.tag,
          t.segment.elements,
        ]),
      ).toEqual([
        ['NAD', [['FL'], [''], [''], ['O-BRIEN', 'JO']]],
        ['LOC', [['125'], ['FRA']]],
      ]);
    });
  });

  describe('release character', () => {
    it.each([
      ["FTX+O?'BRIEN'", [["O'BRIEN"]]],
      ["FTX+4?+5'", [['4+5']]],
      ["FTX+??'", [['?']]],
      ["FTX+????'", [['??']]],
      ["FTX+???''", [["?'"]]],
      ["FTX+A?:B:C'", [['A:B', 'C']]],
      ["FTX+A?+B+C'", [['A+B'], ['C']]],
      ["FTX+?+'", [['+']]],
      ["FTX+A??+B'", [['A?'], ['B']]],
      ["FTX+1?.5'", [['1.5']]],
    ])('%s reads as %j', (input, elements) => {
      expect(one(input)).toEqual(elements);
    });

    it('drops a release character at the very end of the input and says the segment is unterminated', () => {
      expect(tokenize('FTX+A?')).toEqual([
        {
          segment: { tag: 'FTX', elements: [['A']], index: 0, offset: 0 },
          problems: [{ kind: 'unterminated' }],
        },
      ]);
    });

    it('keeps a released terminator even when a line fold separates it from the release character', () => {
      expect(one("FTX+A?\r\n'B'")).toEqual([["A'B"]]);
    });
  });

  describe('blanks and line folding', () => {
    it('skips CR, LF, spaces and tabs between segments', () => {
      expect(
        tokenize("\r\n\r\n  BGM+745'\r\n\r\n\tUNT+2+1'\r\n").map((t) => t.segment.tag),
      ).toEqual(['BGM', 'UNT']);
    });

    it('removes CR/LF inside a segment (a hard-wrapped line), also inside the tag', () => {
      expect(
        tokenize("NAD+FL+++SUR\r\nNAME:GI\nVEN'NA\r\nD+FM'").map((t) => [
          t.segment.tag,
          t.segment.elements,
        ]),
      ).toEqual([
        ['NAD', [['FL'], [''], [''], ['SURNAME', 'GIVEN']]],
        ['NAD', [['FM']]],
      ]);
    });

    it('keeps spaces inside values', () => {
      expect(one("NAD+MS+++SAB RE CENTRAL '")).toEqual([['MS'], [''], [''], ['SAB RE CENTRAL ']]);
    });
  });

  describe('repetition separator (syntax version 4)', () => {
    it('splits repeated occurrences when repetition is active', () => {
      const [t] = tokenize("FTX+A*B:C+D'", { chars: V4, v4: true });
      expect(t.segment.elements).toEqual([['A'], ['D']]);
      expect(t.segment.repeats).toEqual({ 1: [['B', 'C']] });
    });

    it('keeps every further occurrence, also on the slow path for released characters', () => {
      const [t] = tokenize("FTX+X+A*B?+C*D'", { chars: V4, v4: true });
      expect(t.segment.elements).toEqual([['X'], ['A']]);
      expect(t.segment.repeats).toEqual({ 2: [['B+C'], ['D']] });
    });

    it('reads a released repetition separator literally', () => {
      const [t] = tokenize("FTX+A?*B'", { chars: V4, v4: true });
      expect(t.segment).toEqual({ tag: 'FTX', elements: [['A*B']], index: 0, offset: 0 });
    });

    it('reads the character literally when repetition is not active (version 3)', () => {
      const [t] = tokenize("FTX+A*B:C+D'", { chars: V4, v4: false });
      expect(t.segment).toEqual({
        tag: 'FTX',
        elements: [['A*B', 'C'], ['D']],
        index: 0,
        offset: 0,
      });
    });

    it('reads * literally before the UNB has configured the tokenizer', () => {
      expect(one("UNB+UNOA:4+APIS*ABE+USADHS+080708:0545+1'", { chars: V4 })[1]).toEqual([
        'APIS*ABE',
      ]);
    });
  });

  describe('problems', () => {
    it.each([
      ["unh+1'", 'unh'],
      ["UNG +X'", 'UNG '],
      ["UN+X'", 'UN'],
      ["U1H+X'", 'U1H'],
      ["UNHH+X'", 'UNHH'],
      ["''", ''],
    ])('%s has a bad tag %j', (input, value) => {
      expect(tokenize(input)[0].problems).toEqual([{ kind: 'bad-tag', value }]);
    });

    it('says when the input ends inside a segment', () => {
      expect(tokenize("BGM+745'UNT+2+1")[1].problems).toEqual([{ kind: 'unterminated' }]);
    });

    it.each([
      ["SRC+'", 1],
      ["DAT+700:::'", 1],
      ["TVL+A+B:'", 2],
    ])('%s ends with a trailing separator', (input, element) => {
      expect(tokenize(input)[0].problems).toEqual([{ kind: 'trailing-separator', element }]);
    });

    it('does not take an empty element in the middle for a trailing separator', () => {
      expect(tokenize("NAD+FL+++X'")[0].problems).toEqual([]);
    });

    it('reports an oversize segment, does not split it, and goes on reading after its terminator', () => {
      const read = tokenize(`FTX+${'A'.repeat(20)}'BGM+745'`, { max: 16 });
      expect(read).toEqual([
        {
          segment: { tag: 'FTX', elements: [], index: 0, offset: 0 },
          problems: [{ kind: 'oversize', bytes: 24 }],
        },
        { segment: { tag: 'BGM', elements: [['745']], index: 1, offset: 25 }, problems: [] },
      ]);
    });

    it('reports an oversize unterminated rest of the input once', () => {
      expect(tokenize(`FTX+${'A'.repeat(40)}`, { max: 16 })[0].problems).toEqual([
        { kind: 'unterminated' },
        { kind: 'oversize', bytes: 44 },
      ]);
    });

    it('accepts a segment exactly at the size limit', () => {
      expect(tokenize("FTX+ABCD'", { max: 8 })[0].problems).toEqual([]);
    });
  });

  describe('character repertoires', () => {
    const latin1 = (...parts: Array<string | number[]>) =>
      Buffer.concat(
        parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))),
      );

    it('UNOA rejects lower case, naming element, component, value and character', () => {
      expect(tokenize("NAD+FL+++Smith:JOHN'", { charset: 'UNOA' })[0].problems).toEqual([
        {
          kind: 'invalid-character',
          element: 4,
          component: 1,
          value: 'Smith',
          character: "'m' (0x6d)",
        },
      ]);
    });

    it('UNOA reports each component holding a bad character once', () => {
      const problems = tokenize("NAD+FL+++abc:def:GHI'", { charset: 'UNOA' })[0].problems;
      expect(
        problems.map((p) =>
          p.kind === 'invalid-character' ? [p.element, p.component, p.value] : p.kind,
        ),
      ).toEqual([
        [4, 1, 'abc'],
        [4, 2, 'def'],
      ]);
    });

    it('UNOA rejects a released lower-case letter too', () => {
      expect(tokenize("FTX+?a'", { charset: 'UNOA' })[0].problems).toEqual([
        {
          kind: 'invalid-character',
          element: 1,
          component: 1,
          value: 'a',
          character: "'a' (0x61)",
        },
      ]);
    });

    it('UNOA accepts its punctuation and a released service character outside its set', () => {
      expect(one(`FTX+. ,-()/=?'?+?:??!"%&*;<>'`, { charset: 'UNOA' })).toEqual([
        [`. ,-()/='+:?!"%&*;<>`],
      ]);
      expect(
        one('FTX*A?$B$', {
          chars: { ...TYPE_B, element: 0x2a, release: 0x3f, terminator: 0x24 },
          charset: 'UNOA',
        }),
      ).toEqual([['A$B']]);
    });

    it('UNOA names a UTF-8 character, a Latin-1 byte and a control character', () => {
      const problems = tokenize(
        latin1('FTX+M', [0xc3, 0x9c], 'LLER+M', [0xdc], 'LLER+A', [0x01], "B'"),
        { charset: 'UNOA' },
      )[0].problems;
      expect(problems.map((p) => (p.kind === 'invalid-character' ? p.character : p.kind))).toEqual([
        "U+00DC 'Ü'",
        "'Ü' (0xdc)",
        'control character 0x01',
      ]);
    });

    it.each(['UNOB', 'IATA'])('%s allows lower case', (charset) => {
      expect(one("NAD+FL+++Smith:John'", { charset })).toEqual([
        ['FL'],
        [''],
        [''],
        ['Smith', 'John'],
      ]);
    });

    it('UNOB rejects a byte above 0x7e', () => {
      expect(tokenize(latin1('FTX+', [0xe9], "'"), { charset: 'UNOB' })[0].problems).toEqual([
        {
          kind: 'invalid-character',
          element: 1,
          component: 1,
          value: '\u00e9',
          character: "'\u00e9' (0xe9)",
        },
      ]);
    });

    it('UNOC decodes ISO 8859-1: byte 0xDC is Ü', () => {
      expect(one(latin1('NAD+FL+++M', [0xdc], "LLER'"), { charset: 'UNOC' })).toEqual([
        ['FL'],
        [''],
        [''],
        ['MÜLLER'],
      ]);
    });

    it('UNOC does not read UTF-8: C3 A9 is two characters', () => {
      expect(one(latin1('FTX+CAF', [0xc3, 0xa9], "'"), { charset: 'UNOC' })).toEqual([
        ['CAF\u00c3\u00a9'],
      ]);
    });

    it('UNOC rejects C1 control bytes, so UTF-8 Ü (C3 9C) is caught', () => {
      expect(
        tokenize(latin1('FTX+M', [0xc3, 0x9c], "LLER'"), { charset: 'UNOC' })[0].problems,
      ).toEqual([
        {
          kind: 'invalid-character',
          element: 1,
          component: 1,
          value: 'M\u00c3\u009cLLER',
          character: "U+00DC 'Ü'",
        },
      ]);
      expect(tokenize(latin1('FTX+A', [0x85], "'"), { charset: 'UNOC' })[0].problems).toEqual([
        {
          kind: 'invalid-character',
          element: 1,
          component: 1,
          value: 'A\u0085',
          character: 'control character 0x85',
        },
      ]);
    });

    it('UNOD decodes ISO 8859-2 (0xA9 Š, 0xC8 Č, 0xE8 č), also after a release character', () => {
      expect(
        one(latin1('NAD+FL+++', [0xa9, 0xc8, 0xe8], ':?', [0xe8], "'"), { charset: 'UNOD' }),
      ).toEqual([['FL'], [''], [''], ['ŠČč', 'č']]);
    });

    it('UNOY decodes UTF-8: C3 9C is Ü', () => {
      expect(one(latin1('NAD+FL+++M', [0xc3, 0x9c], "LLER'"), { charset: 'UNOY' })).toEqual([
        ['FL'],
        [''],
        [''],
        ['MÜLLER'],
      ]);
    });

    it('UNOY decodes a four-byte character and a released multi-byte one', () => {
      expect(
        one(latin1('FTX+', [0xf0, 0x9f, 0x98, 0x80], '+?', [0xc3, 0x9c], "'"), { charset: 'UNOY' }),
      ).toEqual([['\u{1f600}'], ['Ü']]);
    });

    it('UNOY flags invalid UTF-8 and keeps the value readable', () => {
      expect(
        tokenize(latin1('FTX+A', [0xff], 'B+M', [0xc3], "'"), { charset: 'UNOY' })[0].problems,
      ).toEqual([
        {
          kind: 'invalid-character',
          element: 1,
          component: 1,
          value: 'A\ufffdB',
          character: 'not valid UTF-8 text',
        },
        {
          kind: 'invalid-character',
          element: 2,
          component: 1,
          value: 'M\ufffd',
          character: 'not valid UTF-8 text',
        },
      ]);
    });

    it('UNOY accepts an encoded U+FFFD but not a control character', () => {
      expect(one(latin1('FTX+', [0xef, 0xbf, 0xbd], "'"), { charset: 'UNOY' })).toEqual([
        ['\ufffd'],
      ]);
      expect(tokenize(latin1('FTX+A', [0x07], "'"), { charset: 'UNOY' })[0].problems).toEqual([
        {
          kind: 'invalid-character',
          element: 1,
          component: 1,
          value: 'A\u0007',
          character: 'control character 0x07',
        },
      ]);
    });

    it('checks nothing for an unknown repertoire and reads bytes as Latin-1', () => {
      const sut = new SegmentTokenizer(
        latin1('FTX+a', [0xdc, 0x01], "'"),
        0,
        DEFAULT_SERVICE_CHARACTERS,
        100,
      );
      sut.configure(undefined, false);
      expect(sut.next()).toEqual({
        segment: { tag: 'FTX', elements: [['a\u00dc\u0001']], index: 0, offset: 0 },
        problems: [],
      });
    });
  });
});
