import { FailureAnnouncer } from './failure.announcer';
import { loadFuzzCorpus } from './fuzz-corpus.loader';
import { replayInput } from './fuzz-input.replay';
import { FUZZ_USAGE, FuzzOptions, parseFuzzOptions } from './fuzz-options.parser';
import { FuzzPool } from './fuzz.pool';
import { InterchangeMutator, LARGE_BUDGET, LARGE_SHARE, SMALL_BUDGET } from './interchange.mutator';
import { fmt, ProgressPrinter } from './progress.printer';
import { RssSampler } from './rss.sampler';
import { printSummary } from './summary.printer';

/** Inputs a job: small enough that the last jobs spread over the threads. */
const BATCH = 250;

/** `npm run bench:fuzz`: the run, or one input with `--replay`; resolves to the exit code. */
export async function runFuzzBench(argv: string[], script: string): Promise<number> {
  let options: FuzzOptions;
  try {
    options = parseFuzzOptions(argv);
  } catch (error) {
    console.error(
      `bench:fuzz: ${error instanceof Error ? error.message : String(error)}\n${FUZZ_USAGE}`,
    );
    return 2;
  }
  const root = process.cwd();
  const corpus = loadFuzzCorpus(root);
  const mutator = new InterchangeMutator(corpus, options.seed);
  if (options.replay !== undefined) return replayInput(options, mutator, options.replay);
  console.log(
    `bench:fuzz: ${fmt(options.count)} mutated interchanges from ${corpus.length} files, ` +
      `seed ${options.seed}, ${options.threads} worker threads; ` +
      `${100 - LARGE_SHARE * 100} % up to ${SMALL_BUDGET / 1024} KB, ` +
      `${LARGE_SHARE * 100} % up to ${LARGE_BUDGET / 2 ** 20} MB`,
  );
  const rss = new RssSampler();
  rss.start();
  const progress = new ProgressPrinter(options.count, rss);
  const announcer = new FailureAnnouncer(options.seed);
  const pool = new FuzzPool({
    script,
    threads: options.threads,
    count: options.count,
    batch: Math.max(1, Math.min(BATCH, Math.ceil(options.count / options.threads / 20))),
    timeoutMs: options.timeoutSeconds * 1000,
    worker: {
      root,
      seed: options.seed,
      limits: { maxFindings: options.maxFindings, maxMsPerKb: options.maxMsPerKb },
    },
    make: (index) => mutator.make(index),
    onFailure: (failure) => announcer.announce(failure),
  });
  const started = performance.now();
  const ticker = setInterval(() => {
    pool.watch(performance.now());
    progress.tick(pool.done);
  }, 1000);
  const aborted = await pool.run();
  const seconds = (performance.now() - started) / 1000;
  clearInterval(ticker);
  rss.stop();
  return printSummary({
    options,
    seconds,
    tally: pool.tally.data,
    failures: [...pool.failures.values()],
    rssPeak: rss.peak,
    heapPeaks: pool.heapPeaks,
    aborted,
  });
}
