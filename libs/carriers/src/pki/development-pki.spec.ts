import { X509Certificate } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { issueCarrierCertificate } from './development-certificates';
import { DevelopmentPki } from './development-pki';

// Each test generates RSA keys; on a busy machine that can outlast Jest's 5 s default.
jest.setTimeout(30_000);

describe(DevelopmentPki.name, () => {
  let dir: string;
  beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'paxgate-pki-'))));
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('creates a CA, a localhost server certificate and the demo carrier certificate', async () => {
    const sut = await DevelopmentPki.ensure(dir);

    const ca = new X509Certificate(sut.ca.certPem);
    expect(ca.subject).toContain('CN=paxgate development CA');
    expect(ca.ca).toBe(true);
    expect(ca.verify(ca.publicKey)).toBe(true);
    expect(Date.parse(ca.validTo) - Date.now()).toBeGreaterThan(9.9 * 365 * 24 * 3600 * 1000);

    const server = new X509Certificate(sut.server.certPem);
    expect(server.verify(ca.publicKey)).toBe(true);
    expect(server.checkIssued(ca)).toBe(true);
    expect(server.checkHost('localhost')).toBe('localhost');
    expect(server.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(server.checkIP('::1')).toBe('::1');
    expect(server.subjectAltName).toBe(
      'DNS:localhost, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1',
    );
    expect(server.keyUsage).toEqual(['1.3.6.1.5.5.7.3.1']);

    const carrier = new X509Certificate(sut.carriers.DEMO.certPem);
    expect(Object.keys(sut.carriers)).toEqual(['DEMO']);
    expect(carrier.verify(ca.publicKey)).toBe(true);
    expect(carrier.subject).toBe('CN=DEMO\nO=Demo Airline');
    expect(carrier.keyUsage).toEqual(['1.3.6.1.5.5.7.3.2']);
    expect(carrier.ca).toBe(false);
  });

  it('writes the files, keys readable by their owner only', async () => {
    const sut = await DevelopmentPki.ensure(dir);

    expect(sut.ca.certPath).toBe(join(dir, 'ca.crt'));
    expect(sut.carriers.DEMO.keyPath).toBe(join(dir, 'carriers', 'DEMO.key'));
    for (const name of ['ca', 'server', 'carriers/DEMO']) {
      expect(await readFile(join(dir, `${name}.crt`), 'utf8')).toMatch(
        /^-----BEGIN CERTIFICATE-----/,
      );
      expect((await stat(join(dir, `${name}.key`))).mode & 0o777).toBe(0o600);
    }
    expect(await readFile(sut.server.keyPath, 'utf8')).toBe(sut.server.keyPem);
  });

  it('reuses the files on later calls', async () => {
    const first = await DevelopmentPki.ensure(dir);
    const second = await DevelopmentPki.ensure(dir);

    const fingerprint = (pem: string): string => new X509Certificate(pem).fingerprint256;
    expect(fingerprint(second.ca.certPem)).toBe(fingerprint(first.ca.certPem));
    expect(fingerprint(second.server.certPem)).toBe(fingerprint(first.server.certPem));
    expect(fingerprint(second.carriers.DEMO.certPem)).toBe(
      fingerprint(first.carriers.DEMO.certPem),
    );
    expect(second.ca.keyPem).toBe(first.ca.keyPem);
  });

  it('shares one generation between concurrent callers', async () => {
    const [a, b] = await Promise.all([DevelopmentPki.ensure(dir), DevelopmentPki.ensure(dir)]);

    expect(b.ca.certPem).toBe(a.ca.certPem);
  });

  it('re-issues what the CA did not sign, and replaces what is missing', async () => {
    const first = await DevelopmentPki.ensure(dir);
    const other = await mkdtemp(join(tmpdir(), 'paxgate-pki-other-'));
    const foreign = (await DevelopmentPki.ensure(other)).server;
    await rm(other, { recursive: true, force: true });
    await writeFile(first.server.certPath, foreign.certPem);
    await writeFile(first.server.keyPath, foreign.keyPem);
    await rm(first.carriers.DEMO.keyPath);

    const second = await DevelopmentPki.ensure(dir);

    const ca = new X509Certificate(second.ca.certPem);
    expect(second.ca.certPem).toBe(first.ca.certPem);
    expect(new X509Certificate(second.server.certPem).verify(ca.publicKey)).toBe(true);
    expect(second.carriers.DEMO.certPem).not.toBe(first.carriers.DEMO.certPem);
  });

  it('issues further carrier certificates from the same CA without writing them', async () => {
    const pki = await DevelopmentPki.ensure(dir);

    const issued = issueCarrierCertificate(pki, 'LH', 'Deutsche Lufthansa');

    const cert = new X509Certificate(issued.certPem);
    expect(cert.verify(new X509Certificate(pki.ca.certPem).publicKey)).toBe(true);
    expect(cert.subject).toBe('CN=LH\nO=Deutsche Lufthansa');
    expect(issued.keyPem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    await expect(stat(join(dir, 'carriers', 'LH.crt'))).rejects.toThrow('ENOENT');
  });

  it('keeps the PKI under <data dir>/pki by default', () => {
    expect(DevelopmentPki.defaultDir('/var/lib/paxgate')).toBe('/var/lib/paxgate/pki');
  });
});
