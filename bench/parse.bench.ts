/**
 * `npm run bench:parse`: paxgate's read + validate + model (+ CONTRL) against two baselines on the
 * same bytes in the same run: a Buffer.indexOf scan over the segment terminator (the limit), and
 * the npm `edifact` 1.2.12 Parser collecting segments, elements and components, no validator.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateInterchange } from '@app/validation';
import { generatePaxlst } from './generators/paxlst.generator';
import { generatePnrgov } from './generators/pnrgov.generator';
import { measure } from './measure';
import { edifactPackageParse } from './edifact-package.baseline';

interface Input {
  name: string;
  bytes: Buffer;
}

function indexOfScan(bytes: Buffer): number {
  let segments = 0;
  for (let at = bytes.indexOf(0x27); at >= 0; at = bytes.indexOf(0x27, at + 1)) segments++;
  return segments;
}

function paxgate(bytes: Buffer): number {
  return validateInterchange(bytes).messages.length;
}

const inputs: Input[] = [
  { name: 'PAXLST A380, 850 travellers (generated)', bytes: generatePaxlst(850) },
  {
    name: 'PNRGOV pnrWithBags.txt (largest corpus)',
    bytes: readFileSync(join(process.cwd(), 'test/fixtures/corpus/US-CBP__GTAS/pnrWithBags.txt')),
  },
  { name: 'PNRGOV 5 MB push (generated)', bytes: generatePnrgov(5 * 1024 * 1024) },
];

const seconds = Number(process.env.BENCH_SECONDS ?? 2);
// BENCH_ONLY=<text> keeps the inputs whose name contains it (for profiling one input).
const only = process.env.BENCH_ONLY;
const chosen = only === undefined ? inputs : inputs.filter((i) => i.name.includes(only));
const rows = chosen.map(({ name, bytes }) => {
  const mb = bytes.length / 1e6;
  const ours = measure(() => paxgate(bytes), seconds);
  const scan = measure(() => indexOfScan(bytes), seconds);
  const peer = measure(() => edifactPackageParse(bytes), seconds);
  return {
    input: name,
    MB: mb.toFixed(2),
    'paxgate MB/s': (mb * ours.perSecond).toFixed(1),
    'paxgate msg/s': ours.perSecond.toFixed(1),
    'indexOf MB/s': (mb * scan.perSecond).toFixed(1),
    'edifact MB/s': (mb * peer.perSecond).toFixed(1),
    'vs edifact': `${(ours.perSecond / peer.perSecond).toFixed(1)}x`,
    'vs indexOf': `${(ours.perSecond / scan.perSecond).toFixed(3)}`,
    'heap MB': (ours.heapDelta / 1e6).toFixed(1),
  };
});

console.log(
  `node ${process.version}, ${seconds}s per measurement; targets: vs edifact >= 10x, vs indexOf >= 0.125`,
);
console.table(rows);
