import { Worker } from 'node:worker_threads';
import { FuzzJob, FuzzWorkerData } from './fuzz.protocol';
import { CURRENT, DONE } from './fuzz-worker.thread';

/** The heap a worker may grow to before it dies (and is reported as a crash). */
const MAX_OLD_GENERATION_MB = 2048;

/** One worker thread of the pool, with the job it is on and what the watchdog last saw of it. */
export class FuzzWorkerSlot {
  readonly worker: Worker;
  private readonly progress: Int32Array;
  job: FuzzJob | null = null;
  /** Ended by the pool: its jobs are done, or the run is given up. */
  stopping = false;
  /** Lost (died or timed out); its job went back to the queue. */
  lost = false;
  /** The last error the thread raised, told when it ends. */
  error: string | null = null;
  heapPeak = 0;
  private seen = { done: -1, current: -1, since: 0 };

  constructor(
    readonly id: number,
    script: string,
    data: Omit<FuzzWorkerData, 'progress'>,
  ) {
    const progress = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
    this.progress = new Int32Array(progress);
    Atomics.store(this.progress, CURRENT, -1);
    this.worker = new Worker(script, {
      workerData: { ...data, progress } satisfies FuzzWorkerData,
      resourceLimits: { maxOldGenerationSizeMb: MAX_OLD_GENERATION_MB },
    });
  }

  /** Inputs this worker has finished, over all its jobs. */
  get done(): number {
    return Atomics.load(this.progress, DONE);
  }

  /** The input being inspected, or -1. */
  get current(): number {
    return Atomics.load(this.progress, CURRENT);
  }

  /** How long (ms, to the watchdog's tick) the current input has been inspected; 0 if none. */
  busyFor(now: number): number {
    const { done, current } = this;
    if (current < 0 || done !== this.seen.done || current !== this.seen.current) {
      this.seen = { done, current, since: now };
      return 0;
    }
    return now - this.seen.since;
  }

  stop(): void {
    this.stopping = true;
    void this.worker.terminate();
  }
}
