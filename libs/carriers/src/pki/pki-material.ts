/** A certificate and its private key, both PEM (the key PKCS#8). */
export interface IssuedCertificate {
  readonly certPem: string;
  readonly keyPem: string;
}

/** An issued certificate as kept on disk. */
export interface StoredCertificate extends IssuedCertificate {
  readonly certPath: string;
  readonly keyPath: string;
}

/** What DevelopmentPki.ensure returns: everything a TLS server and a test client need. */
export interface PkiMaterial {
  readonly dir: string;
  /** Give ca.crt to carriers (to trust the gateway) and to the gateway (to trust carriers). */
  readonly ca: StoredCertificate;
  /** For `localhost`, 127.0.0.1 and ::1. */
  readonly server: StoredCertificate;
  /** Client certificates by carrier id (CN = the id); ensure provides the demo carrier's. */
  readonly carriers: Readonly<Record<string, StoredCertificate>>;
}

/** Who a client certificate is issued to. */
export interface CarrierIdentity {
  readonly id: string;
  readonly name: string;
}
