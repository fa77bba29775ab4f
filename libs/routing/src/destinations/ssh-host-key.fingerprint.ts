import { createHash } from 'node:crypto';

/** A host key's SHA-256 fingerprint as `ssh-keygen -l` prints it after `SHA256:` (base64, unpadded). */
export function sshHostKeySha256(key: Buffer): string {
  return createHash('sha256').update(key).digest('base64').replace(/=+$/u, '');
}

/** Whether the server's key is the configured one; `SHA256:` and base64 padding are optional. */
export function sshHostKeyMatches(expected: string, key: Buffer): boolean {
  const wanted = expected
    .trim()
    .replace(/^SHA256:/u, '')
    .replace(/=+$/u, '');
  return wanted === sshHostKeySha256(key);
}
