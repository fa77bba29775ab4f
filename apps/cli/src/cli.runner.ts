import { runAck } from './ack.command';
import { CliIo, EXIT_USAGE } from './cli-io';
import { runStart } from './start.command';
import { runValidate } from './validate.command';

export const USAGE = `usage: paxgate <command> [options]

commands:
  validate FILE... [--json]   check interchanges offline; print findings and the CONTRL
                              (FILE may be - for standard input)
  ack FILE                    print only the CONTRL for an interchange
  start [ROLE...]             run paxgate: gateway, worker and console (all by default)
  migrate                     bring the configured journal to the latest migration
                              (for roles started with journal.migrate false)

exit status: 0 accepted or done, 1 rejected or failed, 2 usage, configuration or I/O error`;

export function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'validate':
      return runValidate(rest, io);
    case 'ack':
      return runAck(rest, io);
    case 'start':
      return runStart(rest, io);
    case 'migrate':
      // Loaded only for this command: the journal's database drivers are not needed elsewhere.
      return import('./migrate.command').then((command) => command.runMigrate(rest, io));
    case '--help':
    case '-h':
    case 'help':
      io.stdout.write(`${USAGE}\n`);
      return Promise.resolve(0);
    default:
      io.stderr.write(
        `${command === undefined ? 'paxgate: no command given' : `paxgate: unknown command '${command}'`}\n${USAGE}\n`,
      );
      return Promise.resolve(EXIT_USAGE);
  }
}
