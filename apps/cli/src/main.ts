import { isMainThread } from 'node:worker_threads';
import { runCli } from './cli.runner';

if (!isMainThread) {
  // `paxgate start` runs the worker role in a thread started from this same file. Loaded only
  // here, so that `paxgate validate` does not load Nest.
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
