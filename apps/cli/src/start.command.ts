import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { CliIo } from './cli-io';

/** Signals passed on to the server, which stops cleanly on each. */
const STOPS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

/**
 * `paxgate start [gateway] [worker] [console]`: runs the server (dist/apps/server, built beside
 * this program) with the roles given, every one by default, and exits as it does.
 */
export function runStart(args: string[], io: CliIo, cliFile = process.argv[1]): Promise<number> {
  const server = join(dirname(cliFile), '..', 'server', 'main.js');
  const child = spawn(process.execPath, [...process.execArgv, server, ...args], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const pass = (signal: NodeJS.Signals) => child.kill(signal);
  for (const signal of STOPS) process.on(signal, pass);
  return new Promise((resolve) => {
    child.once('error', (error) => {
      io.stderr.write(`paxgate start: cannot run the server (${server}): ${error.message}\n`);
      resolve(1);
    });
    child.once('exit', (code) => {
      for (const s of STOPS) process.off(s, pass);
      // Ended by a signal it did not handle: a failure all the same.
      resolve(code ?? 1);
    });
  });
}
