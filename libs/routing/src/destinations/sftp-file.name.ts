import { createHash } from 'node:crypto';
import { DeliveryRequest } from '../delivery-request';

/** Longest share of the name each descriptive part may take. */
const LABEL_LENGTH = 32;

/**
 * `<messageType>-<carrier>[-<flight>]-<idempotencyKey>.<edi|json>`, letters, digits, `_`, `-` and
 * `.` only. The key makes the name the same on every attempt, so a retry finds the file it wrote
 * instead of writing a second one; the other parts only help a human reading the directory.
 */
export function sftpFileName(
  request: Pick<
    DeliveryRequest,
    'messageType' | 'carrier' | 'flight' | 'idempotencyKey' | 'format'
  >,
): string {
  const labels = [request.messageType, request.carrier, request.flight]
    .map((part) => (part === undefined ? '' : label(part)))
    .filter((part) => part !== '');
  const extension = request.format === 'raw' ? 'edi' : 'json';
  return `${[...labels, keyPart(request.idempotencyKey)].join('-')}.${extension}`;
}

/** Runs of anything else become one `_` (`-` separates the parts, `/` would leave the folder). */
function label(part: string): string {
  return part
    .replace(/[^A-Za-z0-9]+/gu, '_')
    .replace(/^_+|_+$/gu, '')
    .slice(0, LABEL_LENGTH);
}

/** The key as is when it is plainly safe (paxgate's are hex), else its digest: never two keys one name. */
function keyPart(key: string): string {
  return /^[A-Za-z0-9_]{1,128}$/u.test(key)
    ? key
    : createHash('sha256').update(key, 'utf8').digest('hex');
}
