import { DevelopmentPki, PkiMaterial } from '@app/carriers';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:https';
import { connect, TLSSocket } from 'node:tls';
import { TlsPeerCarrierReader } from './tls-peer-carrier.reader';

// A real TLS connection on loopback; tls-peer-carrier.reader.spec.ts covers the rest on fakes.
// The case generates RSA keys; on a busy machine that can outlast Jest's 5 s default.
jest.setTimeout(30_000);

describe('TlsPeerCarrierReader on a real TLS 1.2 connection', () => {
  let dir: string;
  let pki: PkiMaterial;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'paxgate-peer-'));
    pki = await DevelopmentPki.ensure(dir);
  });

  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('names the carrier, then ends a connection that tries to renegotiate', async () => {
    const reader = new TlsPeerCarrierReader();
    // As the gateway serves: HTTPS with no 'clientError' listener, so Node ends a connection
    // whose socket reports a TLS error.
    const server = createServer(
      {
        key: pki.server.keyPem,
        cert: pki.server.certPem,
        ca: pki.ca.certPem,
        requestCert: true,
        rejectUnauthorized: true,
        // TLS 1.3 has no renegotiation at all; 1.2 is where it must be refused.
        maxVersion: 'TLSv1.2',
      },
      (req, res) => res.end(reader.carrierIdOf(req.socket as TLSSocket) ?? '?'),
    );
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const client = connect({
        host: '127.0.0.1',
        port: (server.address() as AddressInfo).port,
        servername: 'localhost',
        ca: pki.ca.certPem,
        key: pki.carriers.DEMO.keyPem,
        cert: pki.carriers.DEMO.certPem,
      });
      client.on('error', () => undefined);
      client.write('GET / HTTP/1.1\r\nHost: localhost\r\n\r\n');
      const [answer] = (await once(client, 'data')) as [Buffer];
      expect(answer.toString()).toMatch(/\r\n\r\nDEMO$/);
      const closed = once(client, 'close').then(() => 'closed');
      client.renegotiate({}, () => undefined);
      // Were renegotiation allowed, the connection would stay open for the next request.
      const stillOpen = new Promise((done) => setTimeout(() => done('still open'), 5000).unref());
      expect(await Promise.race([closed, stillOpen])).toBe('closed');
    } finally {
      server.close();
    }
  });
});
