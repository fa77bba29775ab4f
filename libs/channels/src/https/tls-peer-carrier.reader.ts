import { Injectable } from '@nestjs/common';
import { carrierIdFromCertificate, PeerCertificateLike } from '@app/carriers';

/** The part of a `tls.TLSSocket` the reader uses. */
export interface TlsPeerSocket {
  getPeerCertificate(): PeerCertificateLike;
  disableRenegotiation(): void;
}

type Identity = { carrierId: string | undefined };

/**
 * The carrier a mutual-TLS connection speaks for, read from its client certificate once per
 * connection rather than once per request: Node builds a fresh object from the certificate on
 * every getPeerCertificate() call, a few per cent of the gateway's time under keep-alive load.
 * The first read also disables renegotiation on that connection (TLS 1.2 could otherwise swap
 * the certificate mid-connection and leave the kept identity stale); TLS 1.3 has none anyway.
 */
@Injectable()
export class TlsPeerCarrierReader {
  private readonly known = new WeakMap<TlsPeerSocket, Identity>();

  carrierIdOf(socket: TlsPeerSocket): string | undefined {
    let identity = this.known.get(socket);
    if (identity === undefined) {
      socket.disableRenegotiation();
      identity = { carrierId: carrierIdFromCertificate(socket.getPeerCertificate()) };
      this.known.set(socket, identity);
    }
    return identity.carrierId;
  }
}
