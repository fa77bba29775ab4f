/** The part of Node's `tls.PeerCertificate` we read; `{}` is what a client without one yields. */
export interface PeerCertificateLike {
  readonly subject?: { readonly CN?: string | string[] };
}

/**
 * The carrier id a client certificate was issued to: its subject CN. A certificate with several
 * CNs names no single carrier and yields undefined, as does one without a CN.
 */
export function carrierIdFromCertificate(peer: PeerCertificateLike): string | undefined {
  const cn = peer.subject?.CN;
  if (typeof cn !== 'string') {
    return undefined;
  }
  const id = cn.trim();
  return id === '' ? undefined : id;
}
