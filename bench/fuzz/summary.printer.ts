import { describeFailure } from './failure.announcer';
import { CRASH_KINDS, FailureKind, FuzzFailure } from './fuzz.protocol';
import { Extreme, TallyData } from './fuzz.tally';
import { FuzzOptions } from './fuzz-options.parser';
import { fmt } from './progress.printer';

export interface FuzzSummary {
  options: FuzzOptions;
  seconds: number;
  tally: TallyData;
  failures: FuzzFailure[];
  rssPeak: number;
  heapPeaks: Map<number, number>;
  aborted: string | null;
}

const MB = 2 ** 20;
const SHOWN = 20;

/** The run as a Markdown table, the extremes' recipes, the failures; returns the exit code. */
export function printSummary(s: FuzzSummary): number {
  const { tally: t, options: o } = s;
  const count = (kinds: readonly FailureKind[]) =>
    kinds.map((k) => `${k} ${s.failures.filter((f) => f.kind === k).length}`).join(', ');
  const unfinished = s.failures.filter((f) => f.kind === 'timeout' || f.kind === 'worker-died');
  const rows: [string, string][] = [
    ['inputs', `${fmt(t.inputs)} of ${fmt(o.count)} (seed ${o.seed}, ${o.threads} threads)`],
    ['wall time', `${s.seconds.toFixed(1)} s`],
    ['inputs per second', fmt(t.inputs / s.seconds)],
    [
      'MB inspected',
      `${(t.bytes / 1e6).toFixed(1)} (${(t.bytes / 1e6 / s.seconds).toFixed(1)} MB/s)`,
    ],
    ['accepted / rejected / threw', `${fmt(t.accepted)} / ${fmt(t.rejected)} / ${fmt(t.threw)}`],
    ['not finished (timeout, worker died)', fmt(unfinished.length)],
    ['slowest per KB (inputs over 1 KB)', extreme(t.slowestPerKb, (e) => `${perKb(e)} ms/KB`)],
    ['slowest input', extreme(t.slowest, (e) => `${e.ms.toFixed(1)} ms`)],
    ['most findings', extreme(t.mostFindings, (e) => fmt(e.findings))],
    ['largest input', extreme(t.largest, (e) => `${(e.bytes / 1024).toFixed(0)} KB`)],
    ['peak RSS (process, sampled each 200 ms)', `${(s.rssPeak / MB).toFixed(0)} MB`],
    ['peak heap used, each worker', heaps(s.heapPeaks)],
    ['crashes', count(CRASH_KINDS)],
    ['breaches', count(['findings-cap', 'slow', 'timeout'])],
  ];
  console.log(
    `\nbench:fuzz, node ${process.version}, findings cap ${o.maxFindings}, ` +
      `${o.maxMsPerKb} ms/KB over 1 KB, ${o.timeoutSeconds} s an input\n`,
  );
  console.log('| figure | value |\n| --- | --- |');
  for (const [figure, value] of rows) console.log(`| ${figure} | ${value} |`);
  console.log('');
  for (const [name, e] of Object.entries({
    'slowest per KB': t.slowestPerKb,
    slowest: t.slowest,
    'most findings': t.mostFindings,
  })) {
    if (e !== null) console.log(`${name}: #${e.index} (--replay ${e.index}) = ${e.recipe}`);
  }
  return verdict(s);
}

function verdict(s: FuzzSummary): number {
  const byKind = new Map<FailureKind, FuzzFailure[]>();
  for (const f of [...s.failures].sort((a, b) => a.index - b.index)) {
    byKind.set(f.kind, [...(byKind.get(f.kind) ?? []), f]);
  }
  for (const [kind, failures] of byKind) {
    console.error(
      `\n${failures.length} ${kind}${failures.length > SHOWN ? `, the first ${SHOWN}` : ''}:`,
    );
    for (const f of failures.slice(0, SHOWN)) console.error(describeFailure(f, s.options.seed));
  }
  const crashes = s.failures.filter((f) => CRASH_KINDS.includes(f.kind)).length;
  const breaches = s.failures.length - crashes;
  if (s.aborted === null && s.failures.length === 0) {
    console.log('\nbench:fuzz OK: no crash, no breach');
    return 0;
  }
  console.error(
    `\nbench:fuzz FAILED: ${crashes} crashes, ${breaches} breaches${s.aborted ? `; ${s.aborted}` : ''}`,
  );
  return 1;
}

function perKb(e: Extreme): string {
  return ((e.ms * 1024) / e.bytes).toFixed(3);
}

function extreme(e: Extreme | null, value: (e: Extreme) => string): string {
  if (e === null) return '-';
  const kb = (e.bytes / 1024).toFixed(1);
  return `${value(e)}: input #${e.index}, ${kb} KB, ${e.ms.toFixed(1)} ms, ${fmt(e.findings)} findings`;
}

function heaps(peaks: Map<number, number>): string {
  return (
    [...peaks]
      .sort(([a], [b]) => a - b)
      .map(([id, bytes]) => `w${id} ${(bytes / MB).toFixed(0)} MB`)
      .join(', ') || '-'
  );
}
