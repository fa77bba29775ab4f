import { characterRepertoire } from './character-repertoire';

const allows = (id: string, ...bytes: number[]): boolean[] => {
  const allowed = characterRepertoire(id)?.allowed;
  if (allowed === null || allowed === undefined) throw new Error(`${id} has no byte table`);
  return bytes.map((b) => allowed[b] === 1);
};
const codes = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

describe(characterRepertoire.name, () => {
  it('UNOA (level A) holds A-Z, 0-9, space and . , - ( ) / = \' + : ? ! " % & * ; < >', () => {
    const levelA = `ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,-()/='+:?!"%&*;<>`;
    expect(allows('UNOA', ...codes(levelA)).every(Boolean)).toBe(true);
    const table = characterRepertoire('UNOA')?.allowed;
    expect(table?.reduce((n, b) => n + b, 0)).toBe(levelA.length);
  });

  it('UNOA has no lower case, no @ # _ [ ] and no byte above 0x7f', () => {
    expect(allows('UNOA', ...codes('az@#_[]$\t'), 0x7f, 0xdc, 0xc3)).toEqual(
      Array<boolean>(12).fill(false),
    );
  });

  it.each(['UNOB', 'IATA', 'IATB'])(
    '%s (level B) adds lower case and the rest of printable ASCII',
    (id) => {
      expect(allows(id, ...codes('az@#_~ A'))).toEqual(Array<boolean>(8).fill(true));
      expect(allows(id, 0x09, 0x7f, 0xdc)).toEqual([false, false, false]);
      expect(characterRepertoire(id)).toMatchObject({ id, encoding: 'latin1', singleByte: true });
    },
  );

  it.each([
    ['UNOC', 'latin1'],
    ['UNOD', 'iso-8859-2'],
    ['UNOE', 'iso-8859-5'],
    ['UNOF', 'iso-8859-7'],
    ['UNOG', 'iso-8859-3'],
    ['UNOH', 'iso-8859-4'],
    ['UNOI', 'iso-8859-6'],
    ['UNOJ', 'iso-8859-8'],
    ['UNOK', 'iso-8859-9'],
  ])('%s is the ISO 8859 part read as %s', (id, encoding) => {
    expect(characterRepertoire(id)).toMatchObject({ id, encoding, singleByte: true });
    expect(allows(id, 0x20, 0x7e, 0xa0, 0xdc, 0xff)).toEqual([true, true, true, true, true]);
    expect(allows(id, 0x00, 0x1f, 0x7f, 0x80, 0x9f)).toEqual([false, false, false, false, false]);
  });

  it.each(['UNOW', 'UNOY'])('%s is UTF-8, checked on the decoded text', (id) => {
    expect(characterRepertoire(id)).toEqual({
      id,
      encoding: 'utf8',
      allowed: null,
      singleByte: false,
    });
  });

  it.each(['XXXX', 'UNOX', 'unoa', ''])('does not support %j', (id) => {
    expect(characterRepertoire(id)).toBeUndefined();
  });
});
