import { ConfigError, validateConfig } from '@app/config';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { STOP_WORKER_THREAD, WorkerThreadData, WorkerThreadReport } from './worker-thread.protocol';
import { startWorkerRole } from './worker-role.context';

/** True in a thread that a launch started to run the worker role (see WorkerRoleThread). */
export function isWorkerRoleThread(): boolean {
  return (
    !isMainThread && (workerData as Partial<WorkerThreadData> | null)?.paxgateRole === 'worker'
  );
}

/**
 * The body of such a thread: the worker role, with the configuration it was handed (checked
 * again, since a structured clone keeps the data and drops the classes), until told to stop.
 */
export async function runWorkerRoleThread(): Promise<void> {
  const port = parentPort;
  if (port === null || !isWorkerRoleThread()) {
    throw new Error('runWorkerRoleThread runs in a thread a launch started for the worker role');
  }
  const report = (message: WorkerThreadReport): void => port.postMessage(message);
  const data = workerData as WorkerThreadData;
  try {
    const outcome = validateConfig(data.config);
    if (outcome.config === undefined) throw new ConfigError([...outcome.problems]);
    const app = await startWorkerRole(outcome.config, data.logger, data.threadScript);
    port.on('message', (message) => {
      if (message !== STOP_WORKER_THREAD) return;
      void app.close().then(() => {
        report({ kind: 'closed' });
        port.close();
      });
    });
    report({ kind: 'ready' });
  } catch (error) {
    report({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
    port.close();
  }
}
