import { Readable } from 'node:stream';

export type BoundedBody =
  /** The whole body, at most the limit. */
  | { kind: 'whole'; bytes: Buffer }
  /** Its first `limit` bytes; the rest is left unread on the stream. */
  | { kind: 'over-limit'; bytes: Buffer }
  /** The stream failed or closed before its end: the client went away (why, e.g. ECONNRESET). */
  | { kind: 'aborted'; reason: string };

/**
 * Reads a request body up to a limit. A body over it is not read to its end (a client could send
 * gigabytes): the head is kept, so the interchange can be journaled and answered with a reason,
 * and the stream is left paused. `declaredSize` (a Content-Length) over the limit settles it at
 * the limit itself, without waiting for a byte more. A client that leaves is an outcome, not an
 * error: it happens, and there is no one left to answer.
 */
export function readBoundedBody(
  stream: Readable,
  limit: number,
  declaredSize?: number,
): Promise<BoundedBody> {
  const overAt = declaredSize !== undefined && declaredSize > limit ? limit : limit + 1;
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let seen = 0;
    const settle = (): void => {
      stream.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
    };
    const onData = (chunk: Buffer | string): void => {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      const room = limit - seen;
      chunks.push(buf.length > room ? buf.subarray(0, Math.max(room, 0)) : buf);
      seen += buf.length;
      if (seen < overAt) return;
      stream.pause();
      settle();
      resolve({ kind: 'over-limit', bytes: Buffer.concat(chunks) });
    };
    const onEnd = (): void => {
      settle();
      resolve({ kind: 'whole', bytes: Buffer.concat(chunks) });
    };
    const onError = (error: NodeJS.ErrnoException): void => {
      settle();
      resolve({ kind: 'aborted', reason: error.code ?? error.message });
    };
    // Closed before its end without an error: the client went away all the same.
    const onClose = (): void => onError(new Error('closed'));
    stream.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  });
}
