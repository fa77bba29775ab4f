import { MAX_FINDINGS } from '@app/edifact';
import { availableParallelism } from 'node:os';

export interface FuzzOptions {
  count: number;
  seed: number;
  threads: number;
  /** The findings an interchange may have: the cap of 1,000 and one summary finding. */
  maxFindings: number;
  maxMsPerKb: number;
  timeoutSeconds: number;
  /** Make and inspect this one input instead of a run. */
  replay?: number;
  /** Where `--replay` writes the input. */
  out?: string;
}

export const FUZZ_USAGE = `usage: npm run bench:fuzz -- [--count N] [--seed S] [--threads T]
  [--max-findings N] [--max-ms-per-kb MS] [--timeout-s S] [--replay INDEX [--out FILE]]`;

const NUMBERS = {
  count: '--count',
  seed: '--seed',
  threads: '--threads',
  maxFindings: '--max-findings',
  maxMsPerKb: '--max-ms-per-kb',
  timeoutSeconds: '--timeout-s',
  replay: '--replay',
} as const;

/** Reads `--name value` and `--name=value`; throws on an unknown option or a bad value. */
export function parseFuzzOptions(argv: readonly string[]): FuzzOptions {
  const options: FuzzOptions = {
    count: 1_000_000,
    seed: 20261207,
    threads: availableParallelism(),
    // The cap, and the one finding that counts those left out.
    maxFindings: MAX_FINDINGS + 1,
    maxMsPerKb: 50,
    timeoutSeconds: 30,
  };
  const args = argv.flatMap((arg) => (arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg]));
  for (let i = 0; i < args.length; i += 2) {
    const [flag, value] = [args[i], args[i + 1]];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === '--out') {
      options.out = value;
      continue;
    }
    const key = (Object.keys(NUMBERS) as (keyof typeof NUMBERS)[]).find((k) => NUMBERS[k] === flag);
    if (key === undefined) throw new Error(`unknown option ${flag}`);
    const number = Number(value.replace(/[_,]/g, ''));
    const least = key === 'replay' || key === 'seed' || key === 'maxFindings' ? 0 : 1;
    const whole = key !== 'maxMsPerKb';
    if (!(number >= least) || (whole && !Number.isSafeInteger(number)) || number > 0xffffffff) {
      throw new Error(`${flag} ${value}: not a number the bench can use`);
    }
    options[key] = number;
  }
  return options;
}
