import { runCli } from './cli.runner';

// The `paxgate` command: thin argv handling over the validation library and the server.
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
