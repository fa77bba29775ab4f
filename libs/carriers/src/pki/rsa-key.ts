import { generateKeyPairSync } from 'node:crypto';

export interface RsaKeyPem {
  /** PKCS#8 */
  readonly privateKeyPem: string;
  /** SPKI */
  readonly publicKeyPem: string;
}

/** node:crypto, not forge: forge's pure-JS key generation takes seconds. 2048 bits suits a dev PKI. */
export function generateRsaKey(): RsaKeyPem {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  return { privateKeyPem: privateKey, publicKeyPem: publicKey };
}
