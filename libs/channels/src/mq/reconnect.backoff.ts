/**
 * The wait before retry number `attempt` (0 first): `minMs` doubled per attempt, never more than
 * `maxMs`. No jitter: one gateway per broker connection, and a predictable wait reads better in logs.
 */
export function backoffDelay(attempt: number, minMs: number, maxMs: number): number {
  if (attempt <= 0) return Math.min(minMs, maxMs);
  // 2 ** attempt overflows to Infinity long after it passed any sensible maxMs.
  return Math.min(maxMs, minMs * 2 ** Math.min(attempt, 52));
}
