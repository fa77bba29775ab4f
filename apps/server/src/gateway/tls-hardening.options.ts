import type { TLSSocket, TlsOptions } from 'node:tls';

/** TLS 1.3's AEAD suites, CCM left out; listed because a list without any turns TLS 1.3 off. */
const TLS13_SUITES = [
  'TLS_AES_256_GCM_SHA384',
  'TLS_CHACHA20_POLY1305_SHA256',
  'TLS_AES_128_GCM_SHA256',
];

/** TLS 1.2: ECDHE (forward secrecy) with AES-GCM or ChaCha20-Poly1305 only, strongest first. */
const TLS12_SUITES = [
  'ECDHE-ECDSA-AES256-GCM-SHA384',
  'ECDHE-RSA-AES256-GCM-SHA384',
  'ECDHE-ECDSA-CHACHA20-POLY1305',
  'ECDHE-RSA-CHACHA20-POLY1305',
  'ECDHE-ECDSA-AES128-GCM-SHA256',
  'ECDHE-RSA-AES128-GCM-SHA256',
];

/**
 * The TLS a border agency's gateway speaks: 1.2 and 1.3 only, and on 1.2 no RSA key exchange,
 * CBC, SHA-1 MAC or CCM suite. Explicit names, not OpenSSL aliases, so an OpenSSL upgrade adds
 * nothing; the server's order wins so a client cannot pick the weakest of them.
 */
export const TLS_HARDENING = {
  minVersion: 'TLSv1.2',
  ciphers: [...TLS13_SUITES, ...TLS12_SUITES].join(':'),
  honorCipherOrder: true,
} as const satisfies TlsOptions;

/** The part of a TLS server refuseRenegotiation listens on. */
export interface SecureConnections {
  on(
    event: 'secureConnection',
    listener: (socket: Pick<TLSSocket, 'disableRenegotiation'>) => void,
  ): unknown;
}

/**
 * Refuses TLS 1.2 renegotiation on every connection from its start: a client could otherwise
 * drive the server's costly handshake again and again on one connection (1.3 has none).
 */
export function refuseRenegotiation(server: SecureConnections): void {
  server.on('secureConnection', (socket) => socket.disableRenegotiation());
}
