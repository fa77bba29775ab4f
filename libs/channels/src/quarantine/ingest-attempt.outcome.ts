/** How one try at ingesting a file or message ended, as the quarantine policy judged it. */
export type IngestAttemptOutcome<T> =
  /** Journaled: answer as usual. */
  | { kind: 'ingested'; value: T }
  /**
   * Not journaled: leave it where it is (or hand it back) for a later try. `counted` when the
   * failure was counted, so the journal is in reach and the failure is this one's, not an outage.
   */
  | { kind: 'failed'; error: unknown; counted: boolean }
  /** Tried `attempts` times in vain: move it aside, answer with a rejection, record it. */
  | { kind: 'quarantine'; attempts: number; lastError: string | null }
  /** Quarantined earlier and left where it lies: not tried again. */
  | { kind: 'set-aside' };

/** What a quarantine is recorded with. */
export type QuarantineVerdict = Extract<IngestAttemptOutcome<unknown>, { kind: 'quarantine' }>;
