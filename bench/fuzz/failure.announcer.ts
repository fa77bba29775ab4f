import { CRASH_KINDS, FuzzFailure } from './fuzz.protocol';

/** Failures told as they happen, on stderr, at most `limit` of a kind. */
export class FailureAnnouncer {
  private readonly told = new Map<string, number>();

  constructor(
    private readonly seed: number,
    private readonly limit = 20,
  ) {}

  announce(failure: FuzzFailure): void {
    const told = (this.told.get(failure.kind) ?? 0) + 1;
    this.told.set(failure.kind, told);
    if (told > this.limit) return;
    const more = told === this.limit ? ` (further ${failure.kind} not told until the end)` : '';
    process.stderr.write(`${describeFailure(failure, this.seed)}${more}\n`);
  }
}

export function describeFailure(failure: FuzzFailure, seed: number): string {
  const what = CRASH_KINDS.includes(failure.kind) ? 'CRASH' : 'BREACH';
  const kb = (failure.bytes / 1024).toFixed(1);
  return [
    `bench:fuzz ${what} ${failure.kind}: seed ${seed} input #${failure.index}: ${failure.detail}`,
    `  ${kb} KB: ${failure.recipe}`,
    `  again: npm run bench:fuzz -- --seed ${seed} --replay ${failure.index}`,
  ].join('\n');
}
