import { isInspectionThread, runInspectionThread } from '@app/validation';
import { isMainThread } from 'node:worker_threads';
import { runCli } from './cli.runner';

if (isInspectionThread()) {
  // `paxgate start` inspects interchanges in threads started from this same file.
  runInspectionThread();
} else if (!isMainThread) {
  // It runs the worker role in one too. Loaded only here, so that `paxgate validate` does not
  // load Nest.
  void import('@app/runtime').then((runtime) => runtime.runWorkerRoleThread());
} else {
  // The `paxgate` command: thin argv handling over the validation library.
  runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
  })
    .then((code) => {
      process.exitCode = code;
    })
    .catch((error: unknown) => {
      process.stderr.write(`paxgate: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    });
}
