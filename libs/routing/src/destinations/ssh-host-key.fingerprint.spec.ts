import { sshHostKeyMatches, sshHostKeySha256 } from './ssh-host-key.fingerprint';

// An ed25519 public key blob and its fingerprint as `ssh-keygen -l` prints it.
const KEY = Buffer.from(
  'AAAAC3NzaC1lZDI1NTE5AAAAIGJg9A9GtZwEsmQjxMGnePahppARLcSlIU8YF5Wx3R95',
  'base64',
);
const FINGERPRINT = 'lJzOJWUPTKnewwkVkjGr16Z53zbQLMozxupoloF/BtE';

describe(sshHostKeySha256.name, () => {
  it('is the unpadded base64 SHA-256 of the key blob', () => {
    expect(sshHostKeySha256(KEY)).toBe(FINGERPRINT);
  });
});

describe(sshHostKeyMatches.name, () => {
  it.each([FINGERPRINT, `SHA256:${FINGERPRINT}`, `${FINGERPRINT}=`, ` ${FINGERPRINT}\n`])(
    'accepts %j',
    (expected) => {
      expect(sshHostKeyMatches(expected, KEY)).toBe(true);
    },
  );

  it('refuses another key', () => {
    expect(sshHostKeyMatches(FINGERPRINT, Buffer.concat([KEY, Buffer.from([0])]))).toBe(false);
    expect(sshHostKeyMatches('', KEY)).toBe(false);
  });
});
