import { ServiceCharacters } from '../syntax/service-characters';
import { EdifactWriter } from './edifact.writer';

// The Type B relay's characters (EDIFACT-NOTES §1): `(` separates elements, `-` ends segments.
const TYPE_B: ServiceCharacters = {
  component: 0x3a,
  element: 0x28,
  decimal: 0x2e,
  release: 0x29,
  repetition: null,
  terminator: 0x2d,
};
const V4: ServiceCharacters = {
  component: 0x3a,
  element: 0x2b,
  decimal: 0x2e,
  release: 0x3f,
  repetition: 0x2a,
  terminator: 0x27,
};

describe(EdifactWriter.name, () => {
  it('writes elements and components with the default separators', () => {
    const sut = new EdifactWriter();
    sut.segment('UNH', '1', ['PAXLST', 'D', '05B', 'UN', 'IATA']);
    expect(sut.toString()).toBe("UNH+1+PAXLST:D:05B:UN:IATA'");
  });

  it.each([
    ["O'BRIEN", "O?'BRIEN"],
    ['4+5', '4?+5'],
    ['??', '????'],
    ['A:B', 'A?:B'],
    ['1.5 KG*2', '1.5 KG*2'],
  ])('escapes %s as %s', (value, expected) => {
    expect(new EdifactWriter().segment('FTX', value).toString()).toBe(`FTX+${expected}'`);
  });

  it('escapes inside components too', () => {
    expect(
      new EdifactWriter().segment('NAD', 'FL', undefined, ["O'BRIEN", 'JO+E']).toString(),
    ).toBe("NAD+FL++O?'BRIEN:JO?+E'");
  });

  it('trims trailing empty components and elements, keeps inner empty ones', () => {
    const sut = new EdifactWriter();
    sut.segment('UCI', 'REF', ['SENDER', ''], ['', 'Q'], '7', undefined, '', [undefined, '']);
    sut.segment('UNS');
    sut.segment('CNT', ['', '', '']);
    expect(sut.toString()).toBe("UCI+REF+SENDER+:Q+7'UNS'CNT'");
  });

  it('writes and escapes with non-default separators', () => {
    const sut = new EdifactWriter({ characters: TYPE_B });
    sut.una().segment('NAD', 'FL', '', ['SMITH-JONES', 'A(B)']);
    expect(sut.toString()).toBe('UNA:(.) -NAD(FL((SMITH)-JONES:A)(B))-');
  });

  it('escapes the v4 repetition separator only when it is active', () => {
    expect(new EdifactWriter({ characters: V4 }).segment('FTX', 'A*B C').toString()).toBe(
      "FTX+A?*B C'",
    );
  });

  it('writes UNA only when the characters differ from the defaults, unless asked always', () => {
    expect(new EdifactWriter().una().segment('UNZ', '1', 'R').toString()).toBe("UNZ+1+R'");
    expect(new EdifactWriter({ alwaysUna: true }).una().toString()).toBe("UNA:+.? '");
    expect(new EdifactWriter({ characters: V4 }).una().toString()).toBe("UNA:+.?*'");
  });

  it('refuses UNA after a segment', () => {
    const sut = new EdifactWriter().segment('UNB', 'UNOA:3');
    expect(() => sut.una()).toThrow(/before every segment/);
  });

  it('adds a line break after each terminator by option', () => {
    const sut = new EdifactWriter({ newline: true, alwaysUna: true });
    sut.una().segment('UNH', '1').segment('UNT', '2', '1');
    expect(sut.toString()).toBe("UNA:+.? '\nUNH+1'\nUNT+2+1'\n");
    expect(new EdifactWriter({ newline: '\r\n' }).segment('UNS').toString()).toBe("UNS'\r\n");
  });

  it('counts segments, UNA excluded', () => {
    const sut = new EdifactWriter({ alwaysUna: true }).una();
    sut.segment('UNB').segment('UNH', '1').segment('UNT', '2', '1');
    expect(sut.segmentCount).toBe(3);
  });

  it('encodes to latin1 by default and utf8 on request', () => {
    const sut = new EdifactWriter().segment('NAD', 'MÜLLER');
    expect(sut.toBuffer()).toEqual(
      Buffer.from([...Buffer.from('NAD+M'), 0xdc, ...Buffer.from("LLER'")]),
    );
    expect(sut.toBuffer('utf8').toString('utf8')).toBe("NAD+MÜLLER'");
    expect(() => new EdifactWriter().segment('NAD', '李').toBuffer()).toThrow(RangeError);
  });

  it('rejects a bad tag and clashing service characters', () => {
    expect(() => new EdifactWriter().segment('un', 'x')).toThrow(RangeError);
    expect(() => new EdifactWriter({ characters: { ...V4, repetition: 0x3a } })).toThrow(
      RangeError,
    );
  });
});
