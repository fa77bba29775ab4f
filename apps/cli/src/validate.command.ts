import { formatReport, toReportJson, validateInterchange } from '@app/validation';
import {
  CliIo,
  EXIT_ACCEPTED,
  EXIT_REJECTED,
  EXIT_USAGE,
  describeIoError,
  readInput,
} from './cli-io';

/** `paxgate validate FILE... [--json]`: one report per file; JSON as one object per line. */
export async function runValidate(args: string[], io: CliIo): Promise<number> {
  const json = args.includes('--json');
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--json');
  const files = args.filter((a) => !a.startsWith('--'));
  if (unknown.length > 0 || files.length === 0) {
    io.stderr.write(
      unknown.length > 0
        ? `paxgate validate: unknown option '${unknown[0]}'\n`
        : 'paxgate validate: name at least one FILE (or - for standard input)\n',
    );
    return EXIT_USAGE;
  }
  let worst = EXIT_ACCEPTED;
  for (const file of files) {
    let input: Buffer;
    try {
      input = await readInput(file, io);
    } catch (error) {
      io.stderr.write(`${describeIoError(file, error)}\n`);
      worst = EXIT_USAGE;
      continue;
    }
    const report = validateInterchange(input);
    io.stdout.write(
      json
        ? `${JSON.stringify(toReportJson(report, file))}\n`
        : `${formatReport(report, file)}\n\n`,
    );
    if (report.outcome === 'rejected' && worst === EXIT_ACCEPTED) worst = EXIT_REJECTED;
  }
  return worst;
}
