import { isInspectionThread, runInspectionThread } from '@app/validation';
import { isMainThread } from 'node:worker_threads';

// The one paxgate server: every role (gateway, worker, console), or those named on the command
// line. The threads it starts (the worker role's, the inspections') run this same file.
if (isInspectionThread()) {
  runInspectionThread();
} else if (!isMainThread) {
  // Loaded only here and below, so that an inspection thread does not load Nest.
  void import('./worker/worker-thread.entry').then((entry) => entry.runWorkerRoleThread());
} else {
  void import('./launch/server.command').then(async (server) => {
    process.exitCode = await server.runServer(process.argv.slice(2), process.argv[1]);
  });
}
