import { randomInt } from 'node:crypto';

/**
 * A CONTRL interchange reference (an..14): time in base 36 plus randomness, so references from
 * several gateway processes do not collide.
 */
export function nextContrlReference(now: Date): string {
  return `P${now.getTime().toString(36).toUpperCase()}${randomInt(36 ** 4)
    .toString(36)
    .toUpperCase()
    .padStart(4, '0')}`;
}
