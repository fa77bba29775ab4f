import { Readable } from 'node:stream';

export interface BoundedBody {
  /** The bytes kept: all of them, or the first `limit` when the body was too large. */
  bytes: Buffer;
  /** Total bytes the client sent. */
  size: number;
  truncated: boolean;
}

/**
 * Reads a request body up to a limit. Past it the rest is read and counted but not kept, so an
 * oversize interchange can still be journaled (its head) and answered with a reason.
 */
export async function readBoundedBody(stream: Readable, limit: number): Promise<BoundedBody> {
  const chunks: Buffer[] = [];
  let kept = 0;
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (kept < limit) {
      const take = buf.subarray(0, limit - kept);
      chunks.push(take);
      kept += take.length;
    }
  }
  return { bytes: Buffer.concat(chunks), size, truncated: size > limit };
}
