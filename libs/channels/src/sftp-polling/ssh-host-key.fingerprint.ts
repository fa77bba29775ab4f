import { createHash } from 'node:crypto';

/**
 * Whether a server's host key is the configured one: `expected` is the base64 SHA-256 that
 * `ssh-keygen -l` prints after `SHA256:` (the prefix and base64 padding are optional).
 */
export function sshHostKeyMatches(expected: string, key: Buffer): boolean {
  const actual = createHash('sha256').update(key).digest('base64').replace(/=+$/u, '');
  return (
    expected
      .trim()
      .replace(/^SHA256:/u, '')
      .replace(/=+$/u, '') === actual
  );
}
