import { randomBytes } from 'node:crypto';
import { md, pki } from 'node-forge';
import { IssuedCertificate } from './pki-material';
import { generateRsaKey } from './rsa-key';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Tolerates clocks a little behind the one that issued the certificate. */
const BACKDATE_MS = 5 * 60 * 1000;

export interface CertificateRequest {
  readonly subject: readonly pki.CertificateField[];
  readonly days: number;
  /** forge extension objects (basicConstraints, keyUsage, subjectAltName, ...). */
  readonly extensions: readonly object[];
  /** Omitted: self-signed. */
  readonly issuer?: IssuedCertificate;
}

/** A positive serial of 127 random bits (DER integers are signed, so the top bit stays clear). */
function serialNumber(): string {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0] & 0x7f) | 0x01;
  return bytes.toString('hex');
}

/** Builds and signs one X.509 v3 certificate (SHA-256) for a freshly generated RSA key. */
export function buildCertificate(request: CertificateRequest): IssuedCertificate {
  const key = generateRsaKey();
  const cert = pki.createCertificate();
  cert.publicKey = pki.publicKeyFromPem(key.publicKeyPem);
  cert.serialNumber = serialNumber();
  const now = Date.now();
  cert.validity.notBefore = new Date(now - BACKDATE_MS);
  cert.validity.notAfter = new Date(now + request.days * DAY_MS);
  cert.setSubject([...request.subject]);

  const issuerCert = request.issuer ? pki.certificateFromPem(request.issuer.certPem) : cert;
  const signingKeyPem = request.issuer ? request.issuer.keyPem : key.privateKeyPem;
  cert.setIssuer(issuerCert.subject.attributes);
  cert.setExtensions([
    ...request.extensions,
    { name: 'subjectKeyIdentifier' },
    {
      name: 'authorityKeyIdentifier',
      keyIdentifier: issuerCert.generateSubjectKeyIdentifier().getBytes(),
    },
  ]);
  cert.sign(pki.privateKeyFromPem(signingKeyPem), md.sha256.create());
  return { certPem: pki.certificateToPem(cert), keyPem: key.privateKeyPem };
}
