import { LogLevel } from '@nestjs/common';
import { PaxgateConfig } from '@app/config';
import { Worker } from 'node:worker_threads';
import { STOP_WORKER_THREAD, WorkerThreadData, WorkerThreadReport } from './worker-thread.protocol';

/**
 * The worker role in a thread of its own, beside the gateway in the same process: two event
 * loops, so carriers' requests are not read between delivery jobs, and a second core does the
 * routing and delivery. `script` is the program this process runs; it must hand a thread that
 * `isWorkerRoleThread()` to `runWorkerRoleThread()` instead of doing what it does at the top.
 */
export class WorkerRoleThread {
  private closing = false;

  private constructor(
    private readonly thread: Worker,
    onLost: (why: string) => void,
  ) {
    // A role that stops by itself leaves accepted messages undelivered with nobody told.
    thread.on('error', (error) => onLost(`the worker role's thread failed: ${error.message}`));
    thread.on('exit', (code) => {
      if (!this.closing) onLost(`the worker role's thread ended (${code})`);
    });
  }

  /**
   * Resolves once the role is running in the thread; rejects with why it could not start.
   * `onLost` hears if the thread fails or ends afterwards without being closed; by default the
   * process says why and exits 1, as it would had the role crashed on the main thread.
   */
  static async start(
    config: PaxgateConfig,
    script: string,
    logger: LogLevel[] | false,
    onLost: (why: string) => void = exitProcess,
  ): Promise<WorkerRoleThread> {
    const data: WorkerThreadData = {
      paxgateRole: 'worker',
      config: { ...config },
      logger,
      threadScript: script,
    };
    const thread = new Worker(script, { workerData: data });
    const running = new Promise<void>((resolve, reject) => {
      const onExit = (code: number) =>
        reject(new Error(`the worker thread ended (${code}) before it was running`));
      thread.once('error', reject);
      thread.once('exit', onExit);
      thread.once('message', (report: WorkerThreadReport) => {
        thread.off('error', reject);
        thread.off('exit', onExit);
        if (report.kind === 'ready') resolve();
        else reject(new Error(report.kind === 'failed' ? report.error : 'worker thread closed'));
      });
    });
    try {
      await running;
    } catch (error) {
      // Whatever the failed start left open (connections, timers) must not keep the process up.
      await thread.terminate();
      throw error;
    }
    return new WorkerRoleThread(thread, onLost);
  }

  /** Stops the role (its jobs finish, as a worker process's would) and waits for the thread to end. */
  async close(): Promise<void> {
    this.closing = true;
    const closed = new Promise<void>((resolve) => {
      this.thread.once('exit', () => resolve());
      this.thread.on('message', (report: WorkerThreadReport) => {
        if (report.kind === 'closed') resolve();
      });
    });
    this.thread.postMessage(STOP_WORKER_THREAD);
    await closed;
    // The role has closed; whatever handle a library left open must not keep the thread alive.
    await this.thread.terminate();
  }
}

function exitProcess(why: string): void {
  process.stderr.write(`paxgate: ${why}; stopping\n`);
  process.exit(1);
}
