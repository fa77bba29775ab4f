import { IngestEntry, InterchangeIdentity, RecordedInterchange } from '@app/journal';

/**
 * Where ingest keeps what it made of an interchange. Bound where a role that ingests is wired
 * (JournalIngestStore in the journal).
 */
export interface IngestJournal {
  /**
   * One durable transaction: with `identity`, the look-up for an earlier accepted copy, locked
   * so that two ingests of one interchange never both find none; then the entry `decide` makes
   * knowing it, written. Resolves once committed, with what `decide` concluded. `decide` runs
   * inside the transaction: it must not wait on anything.
   */
  record<T>(
    identity: InterchangeIdentity | undefined,
    decide: (earlier: { id: string } | undefined) => IngestEntry<T>,
  ): Promise<{ recorded: RecordedInterchange; verdict: T }>;
}

export const INGEST_JOURNAL = Symbol('INGEST_JOURNAL');
