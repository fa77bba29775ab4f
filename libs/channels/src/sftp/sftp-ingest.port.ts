/** A file a carrier finished uploading, with what the transport knows about it. */
export interface SftpUpload {
  carrierId: string;
  bytes: Buffer;
  receivedAt: Date;
  /** Set when the upload went past the limit: `bytes` is then only the head. */
  oversize?: { size: number; limit: number };
}

/** What the server needs back: where it is journaled and the CONTRL to leave in the outbox. */
export interface SftpIngestReceipt {
  interchangeId: string;
  outcome: string;
  contrl: string;
}

/**
 * Where the SFTP server hands complete uploads. Resolves only once the journal has committed;
 * rejects on an outage (the file is then kept in the inbox).
 */
export interface SftpIngestPort {
  ingest(upload: SftpUpload): Promise<SftpIngestReceipt>;
}

export const SFTP_INGEST_PORT = Symbol('SFTP_INGEST_PORT');
