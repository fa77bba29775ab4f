import { randomFillSync } from 'node:crypto';

/** Random bytes drawn in bulk, eight per id. */
const pool = Buffer.alloc(8 * 512);
let poolAt = pool.length;
let lastMs = -1;
let sequence = 0;

/**
 * A journal row id: a UUID of version 7 (RFC 9562), whose first 48 bits are the time in
 * milliseconds and the next 12 a sequence within it, the rest random. Ids made one after another
 * sort one after another, so each index on an id, or on a column holding one, grows at its end:
 * a commit dirties the same few pages however many rows it carries, and an insert does not read
 * a random old page back in once the journal outgrows SQLite's cache. Random (version 4) ids put
 * every row on a page of its own.
 */
export function timeOrderedId(now: number = Date.now()): string {
  let ms = Math.max(now, lastMs);
  if (ms === lastMs) {
    sequence++;
    // 4,096 ids in one millisecond: borrow the next, which keeps the order and the uniqueness.
    if (sequence > 0xfff) {
      ms++;
      sequence = 0;
    }
  } else sequence = 0;
  lastMs = ms;
  if (poolAt === pool.length) {
    randomFillSync(pool);
    poolAt = 0;
  }
  const variant = ((pool[poolAt] & 0x3f) | 0x80).toString(16);
  const random = pool.toString('hex', poolAt + 1, poolAt + 8);
  poolAt += 8;
  const time = ms.toString(16).padStart(12, '0');
  const version = (0x7000 | sequence).toString(16);
  return `${time.slice(0, 8)}-${time.slice(8)}-${version}-${variant}${random.slice(0, 2)}-${random.slice(2)}`;
}
