import { TlsPeerCarrierReader, TlsPeerSocket } from './tls-peer-carrier.reader';

// On fake sockets; tls-peer-carrier.reader.integration-spec.ts reads a real TLS connection.

function fakeSocket(cn?: string): TlsPeerSocket & { reads: number; renegotiationOff: boolean } {
  const socket = {
    reads: 0,
    renegotiationOff: false,
    getPeerCertificate: () => {
      socket.reads++;
      return cn === undefined ? {} : { subject: { CN: cn } };
    },
    disableRenegotiation: () => {
      socket.renegotiationOff = true;
    },
  };
  return socket;
}

describe('TlsPeerCarrierReader', () => {
  it('reads a connection certificate once, however many requests ask', () => {
    const reader = new TlsPeerCarrierReader();
    const socket = fakeSocket('DEMO');
    expect(reader.carrierIdOf(socket)).toBe('DEMO');
    expect(reader.carrierIdOf(socket)).toBe('DEMO');
    expect(reader.carrierIdOf(socket)).toBe('DEMO');
    expect(socket.reads).toBe(1);
    expect(socket.renegotiationOff).toBe(true);
  });

  it('keeps each connection its own carrier, and remembers a certificate naming none', () => {
    const reader = new TlsPeerCarrierReader();
    const a = fakeSocket('AAA');
    const b = fakeSocket('BBB');
    const none = fakeSocket();
    expect([reader.carrierIdOf(a), reader.carrierIdOf(b), reader.carrierIdOf(none)]).toEqual([
      'AAA',
      'BBB',
      undefined,
    ]);
    expect(reader.carrierIdOf(none)).toBeUndefined();
    expect([a.reads, b.reads, none.reads]).toEqual([1, 1, 1]);
  });
});
