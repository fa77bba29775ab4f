import { EventEmitter } from 'node:events';
import { createSecureContext, getCiphers } from 'node:tls';
import { refuseRenegotiation, TLS_HARDENING } from './tls-hardening.options';

const suites = TLS_HARDENING.ciphers.split(':');
const tls12 = suites.filter((s) => !s.startsWith('TLS_'));

describe('TLS_HARDENING', () => {
  it('accepts TLS 1.2 and 1.3 only, in the server cipher order', () => {
    expect(TLS_HARDENING.minVersion).toBe('TLSv1.2');
    expect(TLS_HARDENING.honorCipherOrder).toBe(true);
  });

  it('names each suite OpenSSL knows, with no alias that could grow', () => {
    const known = new Set(getCiphers());

    expect(suites.filter((s) => !known.has(s.toLowerCase()))).toEqual([]);
    expect(() => createSecureContext(TLS_HARDENING)).not.toThrow();
  });

  it('offers TLS 1.2 only ECDHE suites with AES-GCM or ChaCha20-Poly1305', () => {
    expect(tls12.length).toBeGreaterThan(0);
    for (const suite of tls12) {
      expect(suite).toMatch(
        /^ECDHE-(RSA|ECDSA)-(AES(128|256)-GCM-SHA(256|384)|CHACHA20-POLY1305)$/,
      );
    }
  });

  it('offers no CBC, RSA key exchange, SHA-1 or CCM suite', () => {
    // OpenSSL names CBC suites without 'CBC': AES128-SHA, ECDHE-RSA-AES128-SHA256.
    const weak = suites.filter(
      (s) =>
        /^(AES|RSA|DHE|DES|CAMELLIA)|CBC|CCM|-SHA$|DES|RC4/.test(s) ||
        /-AES(128|256)-SHA(256|384)?$/.test(s),
    );

    expect(weak).toEqual([]);
  });
});

describe(refuseRenegotiation.name, () => {
  it('disables renegotiation on every secure connection', () => {
    const server = new EventEmitter();
    const sockets = [{ disableRenegotiation: jest.fn() }, { disableRenegotiation: jest.fn() }];

    refuseRenegotiation(server);
    for (const socket of sockets) server.emit('secureConnection', socket);

    expect(sockets.map((s) => s.disableRenegotiation.mock.calls.length)).toEqual([1, 1]);
  });
});
