import { isPollable } from './pollable-file.rule';

describe(isPollable.name, () => {
  it.each(['PAXLST.EDI', 'lh400-20261129.edi', 'api', 'report.part.edi', 'a.tmpl'])(
    'takes the regular file %s',
    (name) => {
      expect(isPollable({ name, type: '-' })).toBe(true);
    },
  );

  it.each([
    ['a file still being written', 'PAXLST.EDI.part'],
    ['a temporary file', 'upload.TMP'],
    ['a hidden file', '.PAXLST.EDI'],
    ['a hidden file paxgate writes before renaming', '.PAXLST.EDI.contrl.part'],
    ['a CONTRL paxgate wrote back', 'PAXLST.EDI.contrl'],
  ])('leaves %s (%s)', (_case, name) => {
    expect(isPollable({ name, type: '-' })).toBe(false);
  });

  it.each([
    ['a directory', 'd'],
    ['a symbolic link', 'l'],
  ])('leaves %s', (_case, type) => {
    expect(isPollable({ name: 'PAXLST.EDI', type })).toBe(false);
  });
});
