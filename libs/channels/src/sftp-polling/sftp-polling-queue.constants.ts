/** BullMQ queue of the SFTP poller: one job scheduler (repeatable job) per configured remote. */
export const SFTP_POLLING_QUEUE = 'paxgate-sftp-polling';
export const SFTP_POLL_JOB = 'poll';

/** A poll names its remote only; the worker reads the rest from its configuration. */
export interface SftpPollJob {
  remote: string;
}

/** The scheduler of one remote, so a second worker's upsert updates it instead of adding one. */
export const pollSchedulerId = (remote: string): string => `sftp-poll:${remote}`;
