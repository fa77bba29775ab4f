import { UploadNamingRule } from './upload-naming.rule';

describe(UploadNamingRule.name, () => {
  const sut = new UploadNamingRule();

  it.each(['x.edi', 'x', 'x.txt', 'x.tmp.edi', 'x.part.edi', 'tmp', 'part', 'x.partial'])(
    'ingests %j when its handle closes',
    (name) => {
      expect(sut.ingestsOnClose(name)).toBe(true);
      expect(sut.isPartial(name)).toBe(false);
    },
  );

  it.each(['x.tmp', 'x.part', 'x.edi.part', 'X.TMP', 'x.Part', '.part'])(
    'does not ingest %j when its handle closes',
    (name) => {
      expect(sut.ingestsOnClose(name)).toBe(false);
      expect(sut.isPartial(name)).toBe(true);
    },
  );

  it('ingests when a partial file is renamed to its final name', () => {
    expect(sut.ingestsOnRename('x.edi')).toBe(true);
  });

  it('does not ingest a rename to another partial name', () => {
    expect(sut.ingestsOnRename('x.tmp')).toBe(false);
    expect(sut.ingestsOnRename('x.edi.part')).toBe(false);
  });
});
