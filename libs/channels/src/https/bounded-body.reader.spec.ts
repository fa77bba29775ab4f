import { Readable } from 'node:stream';
import { readBoundedBody } from './bounded-body.reader';

/** A stream holding these chunks, still open unless `ended`: a body still arriving. */
function body(chunks: string[], ended = false): Readable {
  const stream = new Readable({ read: () => undefined });
  for (const chunk of chunks) stream.push(chunk);
  if (ended) stream.push(null);
  return stream;
}

describe(readBoundedBody.name, () => {
  it('reads a body within the limit to its end', async () => {
    const sut = await readBoundedBody(body(['UNA:+', '.? ', "'"], true), 9);

    expect(sut).toEqual({ kind: 'whole', bytes: Buffer.from("UNA:+.? '") });
  });

  it('keeps a body exactly at the limit whole', async () => {
    const sut = await readBoundedBody(body(['aaaa', 'bbbb'], true), 8, 8);

    expect(sut).toEqual({ kind: 'whole', bytes: Buffer.from('aaaabbbb') });
  });

  it('stops at the chunk that crosses the limit and leaves the rest unread', async () => {
    const stream = body(['aaaa', 'bbbb', 'cccc', 'dddd']);

    const sut = await readBoundedBody(stream, 6);

    expect(sut).toEqual({ kind: 'over-limit', bytes: Buffer.from('aaaabb') });
    expect(stream.destroyed).toBe(false);
    expect(stream.isPaused()).toBe(true);
    expect(String(stream.read())).toBe('ccccdddd');
  });

  it('stops at the limit itself when the declared size is over it', async () => {
    const stream = body(['aaaa', 'bbbb', 'cccc']);

    const sut = await readBoundedBody(stream, 8, 12);

    expect(sut).toEqual({ kind: 'over-limit', bytes: Buffer.from('aaaabbbb') });
    expect(String(stream.read())).toBe('cccc');
  });

  it('reports a client that left, with the stream error code', async () => {
    const stream = body(['aaaa']);
    const reading = readBoundedBody(stream, 8);

    stream.destroy(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));

    expect(await reading).toEqual({ kind: 'aborted', reason: 'ECONNRESET' });
  });

  it('reports a stream closed before its end without an error as a client that left', async () => {
    const stream = body(['aaaa']);
    const reading = readBoundedBody(stream, 8);

    stream.destroy();

    expect(await reading).toEqual({ kind: 'aborted', reason: 'closed' });
  });
});
