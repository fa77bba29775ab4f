import { CarrierIdentity, IssuedCertificate, PkiMaterial } from './pki-material';
import { buildCertificate } from './x509-certificate.builder';

export const DEVELOPMENT_CA_NAME = 'paxgate development CA';
const CA_DAYS = 10 * 365;
/** The longest validity some TLS clients (Apple's) accept for a server certificate. */
const LEAF_DAYS = 825;

export const SERVER_NAMES = { dns: ['localhost'], ips: ['127.0.0.1', '::1'] } as const;

export function createDevelopmentCa(): IssuedCertificate {
  return buildCertificate({
    subject: [
      { shortName: 'CN', value: DEVELOPMENT_CA_NAME },
      { shortName: 'O', value: 'paxgate' },
    ],
    days: CA_DAYS,
    extensions: [
      { name: 'basicConstraints', cA: true, pathLenConstraint: 0, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    ],
  });
}

/** The gateway's certificate for local use: localhost by name and by both loopback addresses. */
export function issueServerCertificate(ca: IssuedCertificate): IssuedCertificate {
  return buildCertificate({
    issuer: ca,
    subject: [{ shortName: 'CN', value: 'localhost' }],
    days: LEAF_DAYS,
    extensions: [
      { name: 'basicConstraints', cA: false, critical: true },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          ...SERVER_NAMES.dns.map((value) => ({ type: 2, value })),
          ...SERVER_NAMES.ips.map((ip) => ({ type: 7, ip })),
        ],
      },
    ],
  });
}

/**
 * A client certificate for one carrier, signed by the PKI's CA: CN is the carrier id (what the
 * gateway reads back with carrierIdFromCertificate), O its name. Nothing is written to disk.
 */
export function issueCarrierCertificate(
  pki: Pick<PkiMaterial, 'ca'>,
  carrierId: string,
  name: string,
): IssuedCertificate {
  return buildCertificate({
    issuer: pki.ca,
    subject: [
      { shortName: 'CN', value: carrierId },
      { shortName: 'O', value: name },
    ],
    days: LEAF_DAYS,
    extensions: [
      { name: 'basicConstraints', cA: false, critical: true },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', clientAuth: true },
    ],
  });
}

export const DEMO_CARRIER: CarrierIdentity = { id: 'DEMO', name: 'Demo Airline' };
