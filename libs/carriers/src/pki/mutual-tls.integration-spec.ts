import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, ConnectionOptions, createServer, Server, TLSSocket } from 'node:tls';
import { carrierIdFromCertificate } from './carrier-id-from-certificate';
import { issueCarrierCertificate } from './development-certificates';
import { DevelopmentPki } from './development-pki';
import { PkiMaterial } from './pki-material';

interface Attempt {
  readonly received: string;
  readonly error?: string;
}

/** What a real TLS server with the development PKI accepts: the gateway's setup, minus HTTP. */
// Each test generates RSA keys; on a busy machine that can outlast Jest's 5 s default.
jest.setTimeout(30_000);

describe('mutual TLS with the development PKI', () => {
  let dirs: string[];
  let pki: PkiMaterial;
  let server: Server;
  let port: number;
  let refusals: string[];

  const newPki = async (): Promise<PkiMaterial> => {
    const dir = await mkdtemp(join(tmpdir(), 'paxgate-mtls-'));
    dirs.push(dir);
    return DevelopmentPki.ensure(dir);
  };

  const attempt = async (client: Partial<ConnectionOptions>): Promise<Attempt> => {
    const socket = connect({
      host: '127.0.0.1',
      port,
      servername: 'localhost',
      ca: pki.ca.certPem,
      ...client,
    });
    let received = '';
    let error: string | undefined;
    socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
    socket.on('error', (e: NodeJS.ErrnoException) => (error = e.code ?? e.message));
    await new Promise((done) => socket.on('close', done));
    return { received, error };
  };

  beforeEach(async () => {
    dirs = [];
    pki = await newPki();
    refusals = [];
    server = createServer({
      key: pki.server.keyPem,
      cert: pki.server.certPem,
      ca: pki.ca.certPem,
      requestCert: true,
      rejectUnauthorized: true,
    });
    server.on('secureConnection', (socket: TLSSocket) =>
      socket.end(`hello ${carrierIdFromCertificate(socket.getPeerCertificate()) ?? '?'}`),
    );
    server.on('tlsClientError', (error: NodeJS.ErrnoException) =>
      refusals.push(error.code ?? error.message),
    );
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    port = (server.address() as AddressInfo).port;
  });

  afterEach(async () => {
    server.close();
    await once(server, 'close');
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('accepts the demo carrier, whose certificate names it', async () => {
    const result = await attempt({
      key: pki.carriers.DEMO.keyPem,
      cert: pki.carriers.DEMO.certPem,
    });

    expect(result).toEqual({ received: 'hello DEMO', error: undefined });
    expect(refusals).toEqual([]);
  });

  it('accepts a carrier certificate issued later from the same CA', async () => {
    const issued = issueCarrierCertificate(pki, 'LH', 'Deutsche Lufthansa');

    expect(await attempt({ key: issued.keyPem, cert: issued.certPem })).toEqual({
      received: 'hello LH',
      error: undefined,
    });
  });

  it('refuses a client without a certificate', async () => {
    const result = await attempt({});

    expect(result.received).toBe('');
    expect(refusals).toHaveLength(1);
  });

  it('refuses a client whose certificate another CA issued', async () => {
    const stranger = (await newPki()).carriers.DEMO;

    const result = await attempt({ key: stranger.keyPem, cert: stranger.certPem });

    expect(result.received).toBe('');
    expect(refusals).toHaveLength(1);
  });
});
