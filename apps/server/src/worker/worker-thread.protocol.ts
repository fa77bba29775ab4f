import { LogLevel } from '@nestjs/common';

/** What a thread running the worker role is started with (`workerData`). */
export interface WorkerThreadData {
  paxgateRole: 'worker';
  /** The launching thread's validated configuration, as structured clone leaves it: plain data. */
  config: Record<string, unknown>;
  logger: LogLevel[] | false;
  /** The program's own file, for the role's inspection threads. */
  threadScript: string;
}

/** What the thread tells the thread that started it. */
export type WorkerThreadReport =
  { kind: 'ready' } | { kind: 'failed'; error: string } | { kind: 'closed' };

/** What the starting thread tells it. */
export const STOP_WORKER_THREAD = 'stop';
