/** One input remembered for standing out, with what it takes to make it again. */
export interface Extreme {
  index: number;
  bytes: number;
  ms: number;
  findings: number;
  recipe: string;
}

export interface TallyData {
  inputs: number;
  accepted: number;
  rejected: number;
  /** validateInterchange threw. */
  threw: number;
  bytes: number;
  /** The highest time per KB among inputs over 1 KB. */
  slowestPerKb: Extreme | null;
  slowest: Extreme | null;
  mostFindings: Extreme | null;
  largest: Extreme | null;
}

export type Outcome = 'accepted' | 'rejected' | 'threw';

const KB = 1024;

/** Counts and extremes over inputs, made in a worker per job and merged on the main thread. */
export class FuzzTally {
  readonly data: TallyData = {
    inputs: 0,
    accepted: 0,
    rejected: 0,
    threw: 0,
    bytes: 0,
    slowestPerKb: null,
    slowest: null,
    mostFindings: null,
    largest: null,
  };

  add(outcome: Outcome, input: Extreme): void {
    const d = this.data;
    d.inputs++;
    d[outcome]++;
    d.bytes += input.bytes;
    const perKb = (e: Extreme | null) => (e === null ? -1 : (e.ms * KB) / e.bytes);
    const beats = {
      slowestPerKb: input.bytes > KB && (input.ms * KB) / input.bytes > perKb(d.slowestPerKb),
      slowest: input.ms > (d.slowest?.ms ?? -1),
      mostFindings: input.findings > (d.mostFindings?.findings ?? -1),
      largest: input.bytes > (d.largest?.bytes ?? -1),
    };
    for (const key of Object.keys(beats) as (keyof typeof beats)[]) {
      if (beats[key]) d[key] = input;
    }
  }

  merge(other: TallyData): void {
    const d = this.data;
    d.inputs += other.inputs;
    d.accepted += other.accepted;
    d.rejected += other.rejected;
    d.threw += other.threw;
    d.bytes += other.bytes;
    const perKb = (e: Extreme) => (e.ms * KB) / e.bytes;
    d.slowestPerKb = larger(d.slowestPerKb, other.slowestPerKb, perKb);
    d.slowest = larger(d.slowest, other.slowest, (e) => e.ms);
    d.mostFindings = larger(d.mostFindings, other.mostFindings, (e) => e.findings);
    d.largest = larger(d.largest, other.largest, (e) => e.bytes);
  }
}

function larger(a: Extreme | null, b: Extreme | null, by: (e: Extreme) => number) {
  if (a === null || b === null) return a ?? b;
  return by(b) > by(a) ? b : a;
}
