import { CarrierConfig } from '@app/config';
import { ParsedKey, utils } from 'ssh2';

/** One authentication request, as the SSH layer hands it over. */
export interface AuthAttempt {
  username: string;
  method: string;
  key?: { algo: string; data: Buffer };
  /** Absent when the client only asks whether the key would do. */
  signature?: Buffer;
  blob?: Buffer;
  hashAlgo?: string;
}

/** `reason` is set when the refusal must be logged (anything but the client's first probe). */
export type AuthDecision = { accept: true } | { accept: false; reason?: string };

/**
 * Public-key authentication only: the user name is a carrier id, the key one of that carrier's
 * `sftp.publicKeys`, and the signature over the session must verify with it.
 */
export class CarrierKeyAuthenticator {
  private readonly keys = new Map<string, ParsedKey[]>();

  constructor(carriers: readonly CarrierConfig[]) {
    for (const carrier of carriers) {
      if (carrier.sftp === undefined) continue;
      this.keys.set(
        carrier.id,
        carrier.sftp.publicKeys.map((line, index) => {
          const parsed = utils.parseKey(line);
          if (parsed instanceof Error) {
            throw new Error(
              `carriers[${carrier.id}].sftp.publicKeys[${index}] is not a usable public key: ${parsed.message}`,
            );
          }
          return parsed;
        }),
      );
    }
  }

  /** Carriers that have an SFTP account. */
  get accounts(): string[] {
    return [...this.keys.keys()];
  }

  decide(attempt: AuthAttempt): AuthDecision {
    // OpenSSH asks with 'none' first, to learn which methods there are: not worth a warning.
    if (attempt.method === 'none') return { accept: false };
    if (attempt.method !== 'publickey' || attempt.key === undefined) {
      return { accept: false, reason: `${attempt.method} authentication is not offered` };
    }
    const allowed = this.keys.get(attempt.username);
    if (allowed === undefined) return { accept: false, reason: 'no SFTP account of that name' };
    const offered = attempt.key.data;
    const key = allowed.find((k) => k.getPublicSSH().equals(offered));
    if (key === undefined) {
      return { accept: false, reason: `${attempt.key.algo} key not registered for the carrier` };
    }
    if (attempt.signature === undefined) return { accept: true };
    const verified =
      attempt.blob !== undefined && key.verify(attempt.blob, attempt.signature, attempt.hashAlgo);
    return verified === true
      ? { accept: true }
      : { accept: false, reason: 'signature does not verify with the registered key' };
  }
}
