import { ShortValueInterner } from './short-value.interner';

function read(interner: ShortValueInterner, text: string): string {
  const bytes = Buffer.from(`##${text}##`, 'latin1');
  return interner.read(bytes, 2, text.length);
}

describe('ShortValueInterner', () => {
  it.each([
    ['one byte', 'M'],
    ['a tag', 'UNH'],
    ['a qualifier', 'FL'],
    ['a number that is an array index', '745'],
    ['a number with a leading zero', '007'],
    ['zero', '00'],
    ['Latin-1 beyond ASCII', 'Zé'],
    ['service characters', "?'+"],
  ])('reads %s as the same text every time', (_, text) => {
    const interner = new ShortValueInterner();

    expect(read(interner, text)).toBe(text);
    expect(read(interner, text)).toBe(text);
  });

  it('tells values apart that share their first bytes or their length', () => {
    const interner = new ShortValueInterner();
    const texts = ['AB', 'ABC', 'ABD', 'BA', '12', '123', '1'];

    expect(texts.map((t) => read(interner, t))).toEqual(texts);
    expect(texts.map((t) => read(interner, t))).toEqual(texts);
  });

  it('still reads values once it holds as many as it keeps', () => {
    const interner = new ShortValueInterner();
    const texts: string[] = [];
    for (let a = 0x21; a < 0x7f; a++) {
      for (let b = 0x21; b < 0x7f; b++) texts.push(String.fromCharCode(0x41, a, b));
    }

    // 8,836 distinct values, past the 8,192 kept: the rest are made each time, still right.
    expect(texts.map((t) => read(interner, t))).toEqual(texts);
    expect(texts.map((t) => read(interner, t))).toEqual(texts);
  });
});
