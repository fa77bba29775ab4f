import { once } from 'node:events';
import { GatewaySocket } from './support/gateway-socket.client';
import { PaxgateHarness } from './support/paxgate.harness';
import { demoPaxlst, freshReference } from './support/sample-interchanges';

/** The TLS the carriers' HTTPS gateway speaks, seen from clients that offer less. */
describe('gateway TLS', () => {
  let harness: PaxgateHarness;
  const open: GatewaySocket[] = [];
  const connectWith = (options: ConstructorParameters<typeof GatewaySocket>[2]): GatewaySocket => {
    const client = new GatewaySocket(harness.gatewayUrl, harness.pki, options);
    open.push(client);
    return client;
  };

  beforeAll(async () => {
    harness = await PaxgateHarness.start({
      journal: 'sqlite',
      roles: ['gateway'],
      destinations: [{ kind: 'directory', name: 'local', path: 'delivered', format: 'raw' }],
    });
  });

  afterEach(() => {
    for (const client of open.splice(0)) client.destroy();
  });

  afterAll(async () => {
    await harness?.stop();
  });

  it('speaks TLS 1.3 to a default client, and TLS 1.2 with an ECDHE AES-GCM suite', async () => {
    const answer = await harness.post(demoPaxlst(freshReference()));
    const tls13 = connectWith({});
    const tls12 = connectWith({ maxVersion: 'TLSv1.2', ciphers: 'ECDHE-RSA-AES128-GCM-SHA256' });

    expect(answer.status).toBe(200);
    expect(await tls13.handshaken()).toBeUndefined();
    expect(tls13.socket.getProtocol()).toBe('TLSv1.3');
    expect(await tls12.handshaken()).toBeUndefined();
    expect(tls12.socket.getProtocol()).toBe('TLSv1.2');
    expect(tls12.socket.getCipher().standardName).toBe('TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256');
  });

  it('refuses a TLS 1.1 client with a protocol version alert', async () => {
    // SECLEVEL=0 lets this client's OpenSSL offer TLS 1.1 at all, so the refusal is the server's.
    const client = connectWith({
      minVersion: 'TLSv1.1',
      maxVersion: 'TLSv1.1',
      ciphers: 'DEFAULT@SECLEVEL=0',
    });

    const error = await client.handshaken();

    expect(error?.message).toMatch(/alert protocol version/);
  });

  it('refuses a TLS 1.2 client that offers only a CBC suite', async () => {
    const client = connectWith({ maxVersion: 'TLSv1.2', ciphers: 'ECDHE-RSA-AES128-SHA' });

    const error = await client.handshaken();

    expect(error?.message).toMatch(/alert handshake failure/);
  });

  it('refuses a TLS 1.2 client that offers only RSA key exchange', async () => {
    const client = connectWith({ maxVersion: 'TLSv1.2', ciphers: 'AES128-GCM-SHA256' });

    const error = await client.handshaken();

    expect(error?.message).toMatch(/alert handshake failure/);
  });

  it('closes a TLS 1.2 connection that renegotiates before its first request', async () => {
    const client = connectWith({ maxVersion: 'TLSv1.2' });
    expect(await client.handshaken()).toBeUndefined();
    const renegotiated = once(client.socket, 'secure').then(() => 'renegotiated');

    client.socket.renegotiate({}, () => undefined);

    // Well under the headers timeout (10 s), which would close an idle connection as well.
    await client.closedWithin(5000);
    expect(await Promise.race([renegotiated, Promise.resolve('refused')])).toBe('refused');
  });
});
