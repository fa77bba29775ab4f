/** The SFTP server's identity, as carriers pin it. */
export interface SftpHostKey {
  /** OpenSSH private key text. */
  readonly privateKey: string;
  /** OpenSSH public key line (`ssh-ed25519 AAAA… comment`), also kept in `<file>.pub`. */
  readonly publicKey: string;
  /** `SHA256:…`, as `ssh-keygen -lf <file>.pub` prints it. */
  readonly fingerprint: string;
}
