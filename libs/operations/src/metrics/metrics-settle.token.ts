/**
 * How old a journal row must be before the latency histograms read it. Rows are stamped before
 * their transaction commits; one that became visible after the histogram had moved past its time
 * would be missed for good. A few seconds covers any commit.
 */
export const METRICS_SETTLE_MS = Symbol('METRICS_SETTLE_MS');
export const DEFAULT_METRICS_SETTLE_MS = 5000;
