import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DestinationConfig } from '@app/config';
import { DeliveryReceipt } from './delivery-request';
import { Destination } from './destination.port';
import { DestinationRegistry } from './destination.registry';
import { AmqpDestination } from './destinations/amqp.destination';
import { DirectoryDestination } from './destinations/directory.destination';
import { WebhookDestination } from './destinations/webhook.destination';

/** A hand-written destination that only records being closed. */
class ClosingDestination implements Destination {
  readonly kind = 'directory';
  readonly format = 'raw';
  readonly multipart = 'interchange';
  closed = false;

  constructor(
    readonly name: string,
    private readonly failOnClose = false,
  ) {}

  deliver(): Promise<DeliveryReceipt> {
    return Promise.resolve({ detail: 'ok' });
  }

  close(): Promise<void> {
    this.closed = true;
    return this.failOnClose ? Promise.reject(new Error(`${this.name} stuck`)) : Promise.resolve();
  }
}

describe(DestinationRegistry.name, () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'paxgate-registry-'));
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('builds one adapter per configured kind, by name, without connecting', async () => {
    const configs: DestinationConfig[] = [
      { kind: 'directory', name: 'archive', path: root, format: 'raw' },
      { kind: 'amqp', name: 'risk', url: 'amqp://127.0.0.1:1', exchange: 'x', format: 'json' },
      { kind: 'webhook', name: 'border', url: 'http://127.0.0.1:1/', secret: 's', format: 'json' },
    ];
    const sut = DestinationRegistry.fromConfigs(configs);

    expect(sut.byName('archive')).toBeInstanceOf(DirectoryDestination);
    expect(sut.byName('risk')).toBeInstanceOf(AmqpDestination);
    expect(sut.byName('border')).toBeInstanceOf(WebhookDestination);
    expect(sut.byName('risk')?.format).toBe('json');
    expect(sut.all().map((destination) => destination.name)).toEqual(['archive', 'risk', 'border']);
    await sut.closeAll();
  });

  it('answers undefined for a name it does not know', () => {
    const sut = new DestinationRegistry([new ClosingDestination('a')]);
    expect(sut.byName('b')).toBeUndefined();
    expect(sut.has('a')).toBe(true);
    expect(sut.has('b')).toBe(false);
  });

  it('refuses two destinations with one name', () => {
    expect(
      () => new DestinationRegistry([new ClosingDestination('a'), new ClosingDestination('a')]),
    ).toThrow(/Two destinations are named a/);
  });

  it('closes every destination even when one fails, then reports the failure', async () => {
    const destinations = [
      new ClosingDestination('a'),
      new ClosingDestination('b', true),
      new ClosingDestination('c'),
    ];
    const sut = new DestinationRegistry(destinations);

    await expect(sut.closeAll()).rejects.toThrow(/1 destination\(s\) failed to close/);
    expect(destinations.map((destination) => destination.closed)).toEqual([true, true, true]);
  });
});
