/**
 * `npm run bench:fuzz`: a million mutated interchanges (the corpus and the samples, damaged byte
 * by byte, segment by segment and in their service characters) through `validateInterchange`,
 * over one worker thread a core. Prints the rate, the slowest input per KB, the most findings,
 * the peak memory; exits 1 on a crash or a breach (the findings cap, the time per KB, an input
 * over the time limit). The worker threads run this same bundle.
 */
import { isMainThread } from 'node:worker_threads';
import { runFuzzBench } from './fuzz/fuzz-bench.runner';
import { runFuzzWorker } from './fuzz/fuzz-worker.thread';

if (!isMainThread) {
  runFuzzWorker();
} else {
  runFuzzBench(process.argv.slice(2), __filename)
    .then((code) => {
      process.exitCode = code;
    })
    .catch((error: unknown) => {
      console.error('bench:fuzz:', error);
      process.exitCode = 1;
    });
}
