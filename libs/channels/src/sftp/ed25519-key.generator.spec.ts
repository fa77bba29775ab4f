import { utils } from 'ssh2';
import { generateEd25519KeyPair } from './ed25519-key.generator';

describe(generateEd25519KeyPair.name, () => {
  it('only ever hands out keys that read back, with a 32-byte public key', () => {
    // ssh2 alone writes an unreadable key about once in 256 draws; 2000 draws would meet several.
    for (let i = 0; i < 2000; i++) {
      const pair = generateEd25519KeyPair('paxgate-test');
      const parsed = utils.parseKey(pair.private);
      if (parsed instanceof Error) throw parsed;
      expect(parsed.isPrivateKey()).toBe(true);
      // string type, length 11, then the key: a 4-byte length and 32 bytes.
      expect(parsed.getPublicSSH().readUInt32BE(15)).toBe(32);
    }
  });
});
