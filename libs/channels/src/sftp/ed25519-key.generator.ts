import { utils } from 'ssh2';

/** An OpenSSH ed25519 key pair (`private` in OpenSSH PEM form, `public` as an authorized key line). */
export interface SshKeyPair {
  private: string;
  public: string;
}

/**
 * ssh2's generator drops a leading zero byte of the ed25519 public key (about one key in 256)
 * and writes a private key that it then cannot read back; such a pair is drawn again.
 */
export function generateEd25519KeyPair(comment?: string): SshKeyPair {
  for (let attempt = 0; attempt < 64; attempt++) {
    const pair = utils.generateKeyPairSync('ed25519', comment === undefined ? {} : { comment });
    const parsed = utils.parseKey(pair.private);
    if (!(parsed instanceof Error) && parsed.isPrivateKey()) return pair;
  }
  throw new Error('could not generate a readable ed25519 key pair');
}
