/**
 * Hands committed messages on to routing. Ingest calls it after the commit and does not wait:
 * a failure is the outbox's to report and its sweeper's to recover. Bound where a role that
 * ingests is wired (the BullMQ outbox dispatcher of the pipeline).
 */
export interface IngestOutbox {
  dispatch(messageIds: readonly string[]): Promise<unknown>;
}

export const INGEST_OUTBOX = Symbol('INGEST_OUTBOX');
