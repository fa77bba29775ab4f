import { RssSampler } from './rss.sampler';

const STEP = 0.05;
const EVERY_MS = 10_000;

/** A line each 5 % of the inputs, or each 10 s if that comes first, so a long run shows life. */
export class ProgressPrinter {
  private readonly started = performance.now();
  private last = { at: this.started, done: 0 };
  private nextShare = STEP;

  constructor(
    private readonly count: number,
    private readonly rss: RssSampler,
  ) {}

  tick(done: number): void {
    const now = performance.now();
    if (done < this.count * this.nextShare && now - this.last.at < EVERY_MS) return;
    while (done >= this.count * this.nextShare) this.nextShare += STEP;
    const rate = ((done - this.last.done) * 1000) / (now - this.last.at);
    const overall = (done * 1000) / (now - this.started);
    const line = [
      `${fmt(done)}/${fmt(this.count)} (${((100 * done) / this.count).toFixed(0)} %)`,
      `${fmt(rate)}/s now, ${fmt(overall)}/s overall`,
      `RSS ${(this.rss.sample() / 2 ** 20).toFixed(0)} MB`,
      `${((now - this.started) / 1000).toFixed(0)} s`,
    ].join(', ');
    console.log(`bench:fuzz ${line}`);
    this.last = { at: now, done };
  }
}

export function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}
