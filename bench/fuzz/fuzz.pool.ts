import { FuzzFailure, FuzzJob, FuzzWorkerData, FuzzWorkerMessage } from './fuzz.protocol';
import { FuzzTally } from './fuzz.tally';
import { FuzzWorkerSlot } from './fuzz-worker.slot';
import { FuzzInput } from './interchange.mutator';

/** Workers lost (died or timed out) before the run is given up. */
const MAX_LOSSES = 20;

export interface PoolSettings {
  script: string;
  threads: number;
  count: number;
  /** Inputs a job. */
  batch: number;
  /** Per-input time limit, ms; a worker over it is terminated. */
  timeoutMs: number;
  worker: Omit<FuzzWorkerData, 'progress'>;
  /** Makes an input again, for a failure the worker could not tell (a death, a timeout). */
  make(index: number): FuzzInput;
  onFailure(failure: FuzzFailure): void;
}

/**
 * The inputs of a run, in jobs, over worker threads; a worker that dies or stays on one input
 * past the limit is replaced, the rest of its job queued again, and its input reported.
 */
export class FuzzPool {
  readonly tally = new FuzzTally();
  readonly failures = new Map<string, FuzzFailure>();
  readonly heapPeaks = new Map<number, number>();
  private readonly queue: FuzzJob[] = [];
  private readonly slots = new Set<FuzzWorkerSlot>();
  private ended = 0;
  private nextId = 1;
  private losses = 0;
  private aborted: string | null = null;
  private finish: (aborted: string | null) => void = () => undefined;

  constructor(private readonly settings: PoolSettings) {}

  /** Resolves when every input is done, with null, or with why the run was given up. */
  run(): Promise<string | null> {
    const { count, batch, threads } = this.settings;
    for (let from = 0; from < count; from += batch) {
      this.queue.push({ from, to: Math.min(count, from + batch) });
    }
    const finished = new Promise<string | null>((resolve) => (this.finish = resolve));
    for (let i = 0; i < Math.min(threads, this.queue.length); i++) this.spawn();
    if (this.slots.size === 0) this.finish(null);
    return finished;
  }

  /** Inputs done so far (an input done again after a loss counts twice here, not in the tally). */
  get done(): number {
    let done = this.ended;
    for (const slot of this.slots) done += slot.done;
    return done;
  }

  /** The watchdog: terminates a worker that has been on one input for longer than the limit. */
  watch(now: number): void {
    for (const slot of this.slots) {
      if (slot.lost || slot.stopping || slot.busyFor(now) <= this.settings.timeoutMs) continue;
      const seconds = this.settings.timeoutMs / 1000;
      this.lose(slot, 'timeout', slot.current, `still running after ${seconds} s; terminated`);
      void slot.worker.terminate();
    }
  }

  private spawn(): void {
    const slot = new FuzzWorkerSlot(this.nextId++, this.settings.script, this.settings.worker);
    this.slots.add(slot);
    slot.worker.on('message', (message: FuzzWorkerMessage) => this.receive(slot, message));
    slot.worker.on('error', (error) => {
      slot.error = (error.stack ?? `${error.name}: ${error.message}`).split('\n', 3).join(' | ');
    });
    slot.worker.on('exit', (code) => this.exited(slot, code));
    this.dispatch(slot);
  }

  private dispatch(slot: FuzzWorkerSlot): void {
    const job = this.aborted === null ? this.queue.shift() : undefined;
    if (job === undefined) {
      slot.stop();
      return;
    }
    slot.job = job;
    slot.worker.postMessage(job);
  }

  private receive(slot: FuzzWorkerSlot, message: FuzzWorkerMessage): void {
    if (slot.lost) return;
    if (message.kind === 'failure') return this.record(message.failure);
    this.tally.merge(message.tally);
    this.heapPeaks.set(slot.id, message.heapPeak);
    slot.job = null;
    this.dispatch(slot);
  }

  private exited(slot: FuzzWorkerSlot, code: number): void {
    this.slots.delete(slot);
    this.ended += slot.done;
    if (!slot.stopping && !slot.lost) {
      const why = slot.error === null ? '' : `: ${slot.error}`;
      this.lose(slot, 'worker-died', slot.current, `worker ${slot.id} ended (code ${code})${why}`);
    }
    while (
      this.aborted === null &&
      this.queue.length > 0 &&
      this.slots.size < this.settings.threads
    ) {
      this.spawn();
    }
    if (this.slots.size === 0) this.finish(this.aborted);
  }

  /** Reports the input a lost worker was on and queues the rest of its job again. */
  private lose(slot: FuzzWorkerSlot, kind: FuzzFailure['kind'], index: number, detail: string) {
    slot.lost = true;
    const input = index >= 0 ? this.remake(index) : null;
    const bytes = input?.bytes.length ?? 0;
    this.record({ kind, index, bytes, recipe: input?.recipe ?? '(not made)', detail });
    const job = slot.job;
    if (job !== null) {
      // An unknown input: the whole job again (the loss limit stops a loop).
      const skip = index >= job.from && index < job.to ? index : job.from - 1;
      if (skip + 1 < job.to) this.queue.unshift({ from: skip + 1, to: job.to });
      if (job.from < skip) this.queue.unshift({ from: job.from, to: skip });
    }
    if (++this.losses > MAX_LOSSES) {
      this.aborted = `more than ${MAX_LOSSES} workers lost; run given up`;
      for (const other of this.slots) if (!other.lost) other.stop();
    }
  }

  /** The input again, or null if making it is what killed the worker. */
  private remake(index: number): FuzzInput | null {
    try {
      return this.settings.make(index);
    } catch {
      return null;
    }
  }

  private record(failure: FuzzFailure): void {
    const key = `${failure.kind}:${failure.index}`;
    if (this.failures.has(key)) return;
    this.failures.set(key, failure);
    this.settings.onFailure(failure);
  }
}
