import { fileClaimKey } from './file-claim.key';

describe(fileClaimKey.name, () => {
  const file = { path: '/out/PAXLST.EDI', size: 1234, modifiedAt: 1_764_400_000_000 };

  it('lives under the Redis prefix and names the remote', () => {
    expect(fileClaimKey('paxgate', 'lh-sftp', file)).toMatch(
      /^paxgate:sftp-polling:claim:lh-sftp:[0-9a-f]{64}$/,
    );
  });

  it('is the same for the same file seen by two workers', () => {
    expect(fileClaimKey('p', 'r', { ...file })).toBe(fileClaimKey('p', 'r', file));
  });

  it.each([
    ['another path', { ...file, path: '/out/PAXLST2.EDI' }],
    ['another size (the file was uploaded again)', { ...file, size: 1235 }],
    ['another modification time', { ...file, modifiedAt: file.modifiedAt + 1000 }],
  ])('differs for %s', (_case, other) => {
    expect(fileClaimKey('p', 'r', other)).not.toBe(fileClaimKey('p', 'r', file));
  });

  it('differs between remotes and between installations', () => {
    expect(fileClaimKey('p', 'a', file)).not.toBe(fileClaimKey('p', 'b', file));
    expect(fileClaimKey('p1', 'a', file)).not.toBe(fileClaimKey('p2', 'a', file));
  });
});
