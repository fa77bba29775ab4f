import { createHash } from 'node:crypto';

/** Hex SHA-256 of an interchange's bytes: the key for spotting a byte-identical resend. */
export function contentDigest(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The key a destination sees on every attempt to deliver one message to it. Derived, never
 * random, so that a retried or replayed job carries the same key and the receiver can drop the
 * repeat.
 */
export function deliveryIdempotencyKey(messageId: string, destination: string): string {
  return createHash('sha256').update(`${messageId}\n${destination}`).digest('hex');
}
