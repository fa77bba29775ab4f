import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectDeliveryError } from '../testing/delivery-error.expectations';
import { deliveryRequest } from '../testing/delivery-request.fixture';
import { DirectoryDestination } from './directory.destination';

describe(DirectoryDestination.name, () => {
  let root: string;
  let now: Date;
  const sut = (format: 'raw' | 'json' = 'raw'): DirectoryDestination =>
    new DirectoryDestination(
      { kind: 'directory', name: 'drop', path: root, format },
      { now: () => now },
    );

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'paxgate-routing-'));
    now = new Date('2025-03-14T10:00:00Z');
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('writes <path>/<day>/<messageType>-<messageId>.edi with the body, leaving no temp file', async () => {
    const request = deliveryRequest();
    const receipt = await sut().deliver(request);
    const file = join(root, '2025-03-14', 'PAXLST-msg-1.edi');
    expect(await readFile(file)).toEqual(request.body);
    expect(receipt.detail).toBe(`written to ${file}`);
    expect(await readdir(join(root, '2025-03-14'))).toEqual(['PAXLST-msg-1.edi']);
  });

  it('names json bodies .json', async () => {
    const body = Buffer.from('{"flight":"LH400"}');
    await sut('json').deliver(
      deliveryRequest({ format: 'json', contentType: 'application/json', body }),
    );
    expect(await readFile(join(root, '2025-03-14', 'PAXLST-msg-1.json'), 'utf8')).toBe(
      '{"flight":"LH400"}',
    );
  });

  it('is idempotent: a second delivery leaves the first file alone', async () => {
    const destination = sut();
    await destination.deliver(deliveryRequest());
    const receipt = await destination.deliver(deliveryRequest({ body: Buffer.from('different') }));
    expect(receipt.detail).toMatch(/^already delivered/);
    expect(await readFile(join(root, '2025-03-14', 'PAXLST-msg-1.edi'))).toEqual(
      deliveryRequest().body,
    );
  });

  it('finds yesterday’s file when a retry crosses midnight', async () => {
    const destination = sut();
    now = new Date('2025-03-14T23:59:59Z');
    await destination.deliver(deliveryRequest());
    now = new Date('2025-03-15T00:00:01Z');
    const receipt = await destination.deliver(deliveryRequest());
    expect(receipt.detail).toMatch(/^already delivered/);
    expect(await readdir(root)).toEqual(['2025-03-14']);
  });

  it('names the raw and the JSON file of one message with one stem', async () => {
    await sut('raw').deliver(deliveryRequest());
    const json = { format: 'json' as const, contentType: 'application/json' };
    await sut('json').deliver(deliveryRequest({ ...json, body: Buffer.from('{}') }));
    expect((await readdir(join(root, '2025-03-14'))).sort()).toEqual([
      'PAXLST-msg-1.edi',
      'PAXLST-msg-1.json',
    ]);
  });

  it('keeps every name inside its folder by percent-encoding unsafe characters', async () => {
    await sut().deliver(deliveryRequest({ messageId: '../../etc/x:é' }));
    expect(await readdir(join(root, '2025-03-14'))).toEqual([
      'PAXLST-..%2F..%2Fetc%2Fx%3A%C3%A9.edi',
    ]);
  });

  it('refuses a body in the wrong format without retry', async () => {
    await expectDeliveryError(
      sut('json').deliver(deliveryRequest({ format: 'raw' })),
      /takes json bodies, got raw/,
      false,
    );
  });

  it('fails without retry, and cleans up, when the folder cannot be written', async () => {
    await writeFile(join(root, '2025-03-14'), 'a file where the day folder should be');
    await expectDeliveryError(
      sut().deliver(deliveryRequest()),
      /cannot write .*: (ENOTDIR|EEXIST)/,
      false,
    );
    expect(await readdir(root)).toEqual(['2025-03-14']);
  });
});
