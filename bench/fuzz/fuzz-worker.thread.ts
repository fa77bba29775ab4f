import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { loadFuzzCorpus } from './fuzz-corpus.loader';
import { InputProbe } from './fuzz-input.probe';
import { FuzzJob, FuzzWorkerData, FuzzWorkerMessage } from './fuzz.protocol';
import { FuzzTally } from './fuzz.tally';
import { InterchangeMutator } from './interchange.mutator';

/** Index 0: inputs done; index 1: the input being inspected, or -1 between inputs. */
export const DONE = 0;
export const CURRENT = 1;

/**
 * A fuzz worker: inspects the jobs the main thread sends, one input after another, telling the
 * watchdog which input it is on through shared memory, each failure as it happens, and the
 * job's tally when it is done.
 */
export function runFuzzWorker(): void {
  const port = parentPort;
  if (port === null) throw new Error('runFuzzWorker runs in a worker thread');
  const data = workerData as FuzzWorkerData;
  const mutator = new InterchangeMutator(loadFuzzCorpus(data.root), data.seed);
  const probe = new InputProbe(data.limits);
  const progress = new Int32Array(data.progress);
  let heapPeak = 0;
  const post = (message: FuzzWorkerMessage) => port.postMessage(message);
  port.on('message', (job: FuzzJob) => {
    const tally = new FuzzTally();
    for (let index = job.from; index < job.to; index++) {
      Atomics.store(progress, CURRENT, index);
      const input = mutator.make(index);
      const probed = probe.probe(input);
      for (const failure of probed.failures) post({ kind: 'failure', failure });
      const { ms, findings } = probed;
      tally.add(probed.outcome, {
        index,
        bytes: input.bytes.length,
        ms,
        findings,
        recipe: input.recipe,
      });
      heapPeak = Math.max(heapPeak, getHeapStatistics().used_heap_size);
      Atomics.store(progress, CURRENT, -1);
      Atomics.add(progress, DONE, 1);
    }
    post({ kind: 'done', job, tally: tally.data, heapPeak });
  });
}
