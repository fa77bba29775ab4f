import { validateInterchange } from '@app/validation';
import {
  CliIo,
  EXIT_ACCEPTED,
  EXIT_REJECTED,
  EXIT_USAGE,
  describeIoError,
  readInput,
} from './cli-io';

/** `paxgate ack FILE`: only the CONTRL, ready to send back. */
export async function runAck(args: string[], io: CliIo): Promise<number> {
  if (args.length !== 1 || args[0].startsWith('--')) {
    io.stderr.write('paxgate ack: name exactly one FILE (or - for standard input)\n');
    return EXIT_USAGE;
  }
  let input: Buffer;
  try {
    input = await readInput(args[0], io);
  } catch (error) {
    io.stderr.write(`${describeIoError(args[0], error)}\n`);
    return EXIT_USAGE;
  }
  const report = validateInterchange(input);
  io.stdout.write(`${report.contrl}\n`);
  return report.outcome === 'rejected' ? EXIT_REJECTED : EXIT_ACCEPTED;
}
