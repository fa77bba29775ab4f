import { codeListEntry } from './code-list.lookup';

describe(codeListEntry.name, () => {
  const list = { '22': 'full', '141': 'update' };

  it('finds the codes the list has', () => {
    expect(codeListEntry(list, '22')).toBe('full');
    expect(codeListEntry(list, '9')).toBeUndefined();
  });

  it.each(['constructor', 'valueOf', 'toString', '__proto__', 'hasOwnProperty'])(
    'finds nothing for %s, which every object inherits',
    (code) => {
      expect(codeListEntry(list, code)).toBeUndefined();
    },
  );
});
