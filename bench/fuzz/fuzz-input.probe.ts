import { validateInterchange } from '@app/validation';
import { FuzzFailure, FuzzLimits } from './fuzz.protocol';
import { Outcome } from './fuzz.tally';
import { FuzzInput } from './interchange.mutator';

/** The clock of every inspection, so that date rules find the same on any day. */
const NOW = new Date('2026-11-28T00:00:00Z');
const KB = 1024;

export interface Probed {
  outcome: Outcome;
  ms: number;
  findings: number;
  failures: FuzzFailure[];
}

/** Inspects one input and says what it breaks: a crash, the findings cap, the time per KB. */
export class InputProbe {
  constructor(private readonly limits: FuzzLimits) {}

  probe(input: FuzzInput): Probed {
    const fail = (kind: FuzzFailure['kind'], detail: string): FuzzFailure => ({
      kind,
      index: input.index,
      bytes: input.bytes.length,
      recipe: input.recipe,
      detail,
    });
    const started = performance.now();
    try {
      const report = validateInterchange(input.bytes, { now: NOW });
      const ms = performance.now() - started;
      const findings = report.findings.length;
      const failures: FuzzFailure[] = [];
      if (!report.contrl.includes('+CONTRL:')) failures.push(fail('no-contrl', 'no CONTRL'));
      if (findings > this.limits.maxFindings) {
        failures.push(fail('findings-cap', `${findings} findings > ${this.limits.maxFindings}`));
      }
      const timed = this.retimed(input, ms);
      if (timed.slow !== null) failures.push(fail('slow', timed.slow));
      return { outcome: report.outcome, ms: timed.ms, findings, failures };
    } catch (error) {
      const ms = performance.now() - started;
      return { outcome: 'threw', ms, findings: 0, failures: [fail('exception', describe(error))] };
    }
  }

  /**
   * An input over the time limit is inspected again and keeps the lesser time, so that a
   * collection (often of the input before) or a neighbour on this shared machine does not make
   * a breach of one pause; `slow` says why it is one if it is over the limit both times.
   */
  private retimed(input: FuzzInput, ms: number): { ms: number; slow: string | null } {
    const kb = input.bytes.length / KB;
    if (input.bytes.length <= KB || ms / kb <= this.limits.maxMsPerKb) return { ms, slow: null };
    const started = performance.now();
    validateInterchange(input.bytes, { now: NOW });
    const again = performance.now() - started;
    const best = Math.min(ms, again);
    if (best / kb <= this.limits.maxMsPerKb) return { ms: best, slow: null };
    const times = `${ms.toFixed(0)} ms, then ${again.toFixed(0)} ms, for ${kb.toFixed(1)} KB`;
    const slow = `${(best / kb).toFixed(1)} ms/KB > ${this.limits.maxMsPerKb} (${times})`;
    return { ms: best, slow };
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return `threw ${String(error)}`;
  return (error.stack ?? `${error.name}: ${error.message}`).split('\n').slice(0, 4).join(' | ');
}
