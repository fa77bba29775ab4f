import { UploadAccount } from './upload.account';

describe(UploadAccount.name, () => {
  it('keeps every write that ends within the limit', () => {
    const sut = new UploadAccount(100);

    expect(sut.admit(0, 60)).toEqual({ keep: 60, overLimit: false });
    expect(sut.admit(60, 40)).toEqual({ keep: 40, overLimit: false });
    expect(sut.size).toBe(100);
    expect(sut.oversize).toBeUndefined();
  });

  it('keeps the head of the write that crosses the limit and refuses it', () => {
    const sut = new UploadAccount(100);
    sut.admit(0, 64);

    expect(sut.admit(64, 64)).toEqual({ keep: 36, overLimit: true });
    expect(sut.oversize).toEqual({ size: 128, limit: 100 });
  });

  it('keeps nothing of writes wholly past the limit, and counts them in the size', () => {
    const sut = new UploadAccount(100);
    sut.admit(64, 64);

    expect(sut.admit(128, 64)).toEqual({ keep: 0, overLimit: true });
    expect(sut.oversize).toEqual({ size: 192, limit: 100 });
  });

  it('takes writes in any order (clients pipeline them)', () => {
    const sut = new UploadAccount(100);

    expect(sut.admit(50, 50).overLimit).toBe(false);
    expect(sut.admit(0, 50).overLimit).toBe(false);
    expect(sut.size).toBe(100);
    expect(sut.oversize).toBeUndefined();
  });

  it('stays over the limit once it was crossed, even if later writes fit', () => {
    const sut = new UploadAccount(10);
    sut.admit(0, 11);

    expect(sut.admit(0, 5)).toEqual({ keep: 5, overLimit: false });
    expect(sut.oversize).toEqual({ size: 11, limit: 10 });
  });

  it('counts bytes already in a file opened without truncation', () => {
    const sut = new UploadAccount(100, 90);

    expect(sut.admit(90, 20)).toEqual({ keep: 10, overLimit: true });
    expect(new UploadAccount(100, 101).oversize).toEqual({ size: 101, limit: 100 });
  });
});
