import { ALL_ROLES, Role, runFromCommandLine } from '@app/runtime';
import { CliIo, EXIT_USAGE } from './cli-io';

/** `paxgate start [gateway] [worker] [console]`: every role by default, in this process. */
export async function runStart(args: string[], io: CliIo): Promise<number> {
  const unknown = args.filter((a) => !(ALL_ROLES as readonly string[]).includes(a));
  if (unknown.length > 0) {
    io.stderr.write(
      `paxgate start: unknown role '${unknown[0]}' (roles: ${ALL_ROLES.join(', ')})\n`,
    );
    return EXIT_USAGE;
  }
  // This very program, started again as a thread, runs the worker role and the inspections.
  return runFromCommandLine(args.length > 0 ? (args as Role[]) : ALL_ROLES, {
    threadScript: process.argv[1],
  });
}
