/**
 * WAL pages the gateway's connection lets grow before it checkpoints: 64 MiB at SQLite's 4 KiB
 * page. The worker's and the console's connections checkpoint at SQLite's 1,000 pages, so the
 * checkpoints (copying the WAL into the database file, and syncing it) fall to the worker, not
 * to the thread carriers wait on; without a worker running, the gateway still checkpoints.
 */
export const GATEWAY_CHECKPOINT_PAGES = 16_384;
