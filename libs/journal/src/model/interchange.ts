/** How an interchange reached paxgate; the adapter that received it says which. */
export type IngestChannel = 'https' | 'sftp' | 'mq';

/** What became of an interchange (or one of its messages) at ingest. */
export type InterchangeOutcome = 'accepted' | 'rejected' | 'duplicate';

/** An interchange as the journal holds it: the exact bytes received, and what we made of them. */
export interface JournalInterchange {
  id: string;
  carrierId: string | null;
  channel: IngestChannel;
  senderId: string;
  recipientId: string;
  controlReference: string;
  raw: Buffer;
  /** Hex SHA-256 of `raw`, for spotting a byte-identical resend. */
  sha256: string;
  size: number;
  test: boolean;
  outcome: InterchangeOutcome;
  receivedAt: Date;
  /** The earlier interchange this one repeats, when `outcome` is `duplicate`. */
  duplicateOf: string | null;
}
