import { Worker } from 'node:worker_threads';
import { InspectionOutcome } from './inspection.outcome';
import { InspectionReply, InspectionThreadData } from './inspection-thread.protocol';

export interface InspectionPoolOptions {
  /** The program's own file: a thread started from it runs runInspectionThread(). */
  script: string;
  /** Threads at most; each is started when first needed. */
  threads: number;
  /** How long one inspection may run, once a thread has it. */
  timeBudgetMs: number;
  /** The old generation of each thread's heap: past it the thread is ended. */
  memoryBudgetMb: number;
  /**
   * A thread that read an input this large is ended once it answers: V8 keeps the heap it grew,
   * and a new thread gives the memory back (default 4 MiB).
   */
  recycleAfterBytes?: number;
}

interface Task {
  bytes: Uint8Array<ArrayBuffer>;
  /** The input's size (the bytes are moved to the thread, and then read 0 here). */
  size: number;
  now: number;
  resolve: (outcome: InspectionOutcome) => void;
}

interface Running {
  id: number;
  task: Task;
  timer: NodeJS.Timeout;
}

/**
 * Inspects interchanges in worker threads, off the event loop that accepts connections and
 * answers /health. An inspection over its time or memory budget ends its thread (another is
 * started for the next one) and says which budget; nothing else is disturbed.
 */
export class InspectionPool {
  private readonly live = new Set<Worker>();
  private readonly idle: Worker[] = [];
  private readonly running = new Map<Worker, Running>();
  /**
   * Waiting inspections by sender; the sender served longest ago goes first, so that one sender's
   * many cannot hold up another's one (senders are carriers: a few hundred at most).
   */
  private readonly waiting = new Map<string, { tasks: Task[]; servedAt: number }>();
  private waitingCount = 0;
  private turns = 0;
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: InspectionPoolOptions) {}

  /** `sender`: whose input it is (a carrier id); each sender's inspections wait their turn. */
  inspect(bytes: Buffer, now: Date, sender = ''): Promise<InspectionOutcome> {
    if (this.closed) {
      return Promise.resolve({ kind: 'failed', error: 'the inspection pool is closed' });
    }
    // A copy of its own, so that its buffer can be moved to the thread, not cloned.
    const copy = new Uint8Array(new ArrayBuffer(bytes.length));
    copy.set(bytes);
    return new Promise((resolve) => {
      const task = { bytes: copy, size: copy.length, now: now.getTime(), resolve };
      const queue = this.waiting.get(sender);
      if (queue === undefined) this.waiting.set(sender, { tasks: [task], servedAt: -1 });
      else queue.tasks.push(task);
      this.waitingCount++;
      this.dispatch();
    });
  }

  /** Ends every thread; inspections not finished are answered as failed. */
  async close(): Promise<void> {
    this.closed = true;
    const waiting = [...this.waiting.values()].flatMap((q) => q.tasks);
    this.waiting.clear();
    this.waitingCount = 0;
    for (const task of waiting) {
      task.resolve({ kind: 'failed', error: 'the inspection pool is closed' });
    }
    const threads = [...this.live];
    for (const thread of threads) {
      this.end(thread, { kind: 'failed', error: 'the inspection pool is closed' });
    }
    await Promise.all(threads.map((t) => t.terminate()));
  }

  /** Threads started and not ended (for tests and metrics). */
  get threadCount(): number {
    return this.live.size;
  }

  private dispatch(): void {
    while (this.waitingCount > 0) {
      const thread =
        this.idle.pop() ?? (this.live.size < this.options.threads ? this.start() : undefined);
      if (thread === undefined) return;
      const task = this.nextTask();
      const id = this.nextId++;
      const timer = setTimeout(() => this.overTime(thread), this.options.timeBudgetMs);
      this.running.set(thread, { id, task, timer });
      thread.postMessage({ id, bytes: task.bytes, now: task.now }, [task.bytes.buffer]);
    }
  }

  /** The oldest task of the sender, among those with one waiting, served longest ago. */
  private nextTask(): Task {
    let next: { tasks: Task[]; servedAt: number } | undefined;
    for (const queue of this.waiting.values()) {
      if (queue.tasks.length > 0 && (next === undefined || queue.servedAt < next.servedAt)) {
        next = queue;
      }
    }
    if (next === undefined) throw new Error('nextTask: no inspection is waiting');
    next.servedAt = this.turns++;
    this.waitingCount--;
    return next.tasks.shift() as Task;
  }

  private start(): Worker {
    const data: InspectionThreadData = { paxgateRole: 'inspection' };
    const thread = new Worker(this.options.script, {
      workerData: data,
      resourceLimits: { maxOldGenerationSizeMb: this.options.memoryBudgetMb },
    });
    // Idle threads must not keep a process alive that has nothing else to do.
    thread.unref();
    this.live.add(thread);
    thread.on('message', (reply: InspectionReply) => this.settle(thread, reply));
    thread.on('error', (error: Error & { code?: string }) =>
      this.end(
        thread,
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? { kind: 'over-budget', budget: 'memory', limit: `${this.options.memoryBudgetMb} MB` }
          : { kind: 'failed', error: error.message },
      ),
    );
    thread.on('exit', (code) =>
      this.end(thread, { kind: 'failed', error: `the inspection thread ended (${code})` }),
    );
    return thread;
  }

  private settle(thread: Worker, reply: InspectionReply): void {
    const running = this.running.get(thread);
    if (running === undefined || running.id !== reply.id) return;
    clearTimeout(running.timer);
    this.running.delete(thread);
    running.task.resolve(
      reply.kind === 'read'
        ? { kind: 'read', reading: reply.reading }
        : { kind: 'failed', error: reply.error },
    );
    if (running.task.size > (this.options.recycleAfterBytes ?? 4 * 1024 * 1024)) {
      this.end(thread, { kind: 'failed', error: 'recycled' });
      void thread.terminate();
      return;
    }
    this.idle.push(thread);
    this.dispatch();
  }

  private overTime(thread: Worker): void {
    this.end(thread, {
      kind: 'over-budget',
      budget: 'time',
      limit: `${this.options.timeBudgetMs} ms`,
    });
    void thread.terminate();
  }

  /** Takes a thread out of the pool (once), answering the inspection it had, if any. */
  private end(thread: Worker, outcome: InspectionOutcome): void {
    if (!this.live.delete(thread)) return;
    const idle = this.idle.indexOf(thread);
    if (idle >= 0) this.idle.splice(idle, 1);
    const running = this.running.get(thread);
    if (running !== undefined) {
      clearTimeout(running.timer);
      this.running.delete(thread);
      running.task.resolve(outcome);
    }
    if (!this.closed) this.dispatch();
  }
}
