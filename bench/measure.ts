export interface Measurement {
  perSecond: number;
  runs: number;
  /** Heap growth over one run, a rough figure for memory per input. */
  heapDelta: number;
}

/** Runs `fn` for about `seconds` after a short warm-up and returns runs per second. */
export function measure(fn: () => unknown, seconds: number): Measurement {
  const warmUntil = performance.now() + 300;
  while (performance.now() < warmUntil) fn();
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  fn();
  const heapDelta = Math.max(0, process.memoryUsage().heapUsed - before);
  let runs = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  while (performance.now() < until) {
    fn();
    runs++;
  }
  return { perSecond: runs / ((performance.now() - started) / 1000), runs, heapDelta };
}
