import { TallyData } from './fuzz.tally';

/** A crash fails the run; a breach fails it too, but the inspection answered. */
export type CrashKind = 'exception' | 'no-contrl' | 'worker-died';
export type BreachKind = 'findings-cap' | 'slow' | 'timeout';
export type FailureKind = CrashKind | BreachKind;

export const CRASH_KINDS: readonly FailureKind[] = ['exception', 'no-contrl', 'worker-died'];

export interface FuzzFailure {
  kind: FailureKind;
  /** The input's index in the run (with the run's seed, all it takes to make it again). */
  index: number;
  bytes: number;
  recipe: string;
  detail: string;
}

/** What the bench checks each input against. */
export interface FuzzLimits {
  maxFindings: number;
  /** Time per KB over which an input over 1 KB is a breach. */
  maxMsPerKb: number;
}

export interface FuzzWorkerData {
  root: string;
  seed: number;
  limits: FuzzLimits;
  /** Int32Array [inputs done, index in progress or -1], read by the main thread's watchdog. */
  progress: SharedArrayBuffer;
}

/** Main thread to worker: inspect inputs [from, to). */
export interface FuzzJob {
  from: number;
  to: number;
}

/** Worker to main thread. */
export type FuzzWorkerMessage =
  | { kind: 'failure'; failure: FuzzFailure }
  | { kind: 'done'; job: FuzzJob; tally: TallyData; heapPeak: number };
