/** Where one inbound file or message stands after its failed tries. */
export interface IngestAttemptCount {
  attempts: number;
  lastError: string | null;
  /** Quarantined where it lies: not to be tried again. */
  quarantined: boolean;
}

/**
 * Durable count of ingest tries, by a key each channel makes. Every write has reached the
 * journal when it resolves, so a try counted before it starts still counts if the process dies.
 */
export interface IngestAttemptsPort {
  /** Counts a try about to start; one quarantined in place is not counted. */
  recordAttempt(key: string): Promise<IngestAttemptCount>;
  /** Why a try failed; `counted` when recordAttempt counted it as it began. */
  recordFailure(key: string, error: string, counted: boolean): Promise<IngestAttemptCount>;
  /** Forgets the key: taken in at last, or moved where it will not be seen again. */
  clear(key: string): Promise<void>;
  /** What the key names stays where it is, and is never tried again. */
  keepQuarantined(key: string): Promise<void>;
}

export const INGEST_ATTEMPTS = Symbol('INGEST_ATTEMPTS');
