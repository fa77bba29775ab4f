import { createHmac, timingSafeEqual } from 'node:crypto';

const PREFIX = 'sha256=';

/** The `X-Paxgate-Signature` value: `sha256=<hex HMAC-SHA256 of the body>`. */
export function signWebhookBody(secret: string, body: Buffer | string): string {
  return PREFIX + createHmac('sha256', secret).update(body).digest('hex');
}

/**
 * Checks an `X-Paxgate-Signature` header against the body, in constant time so a receiver does
 * not leak how much of a forged signature was right.
 */
export function verifyWebhookSignature(
  secret: string,
  body: Buffer | string,
  header: string | string[] | undefined,
): boolean {
  if (typeof header !== 'string' || !header.startsWith(PREFIX)) return false;
  const expected = Buffer.from(signWebhookBody(secret, body).slice(PREFIX.length), 'hex');
  const given = Buffer.from(header.slice(PREFIX.length), 'hex');
  // Buffer.from(hex) stops at the first non-hex pair, so a length check catches junk as well.
  return (
    given.length === expected.length &&
    header.length === PREFIX.length + expected.length * 2 &&
    timingSafeEqual(given, expected)
  );
}
