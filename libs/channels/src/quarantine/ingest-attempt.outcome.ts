/** How one try at ingesting a file or message ended, as the quarantine policy judged it. */
export type IngestAttemptOutcome<T> =
  /** Journaled: answer as usual. */
  | { kind: 'ingested'; value: T }
  /** Not journaled: leave it where it is (or hand it back) for a later try. */
  | { kind: 'failed'; error: unknown }
  /** Tried `attempts` times in vain: move it aside, answer with a rejection, record it. */
  | { kind: 'quarantine'; attempts: number; lastError: string | null }
  /** Quarantined earlier and left where it lies: not tried again. */
  | { kind: 'set-aside' };

/** What a quarantine is recorded with. */
export type QuarantineVerdict = Extract<IngestAttemptOutcome<unknown>, { kind: 'quarantine' }>;
