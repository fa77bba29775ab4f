/** The process's resident set (all threads), sampled on a timer, and its peak. */
export class RssSampler {
  peak = process.memoryUsage.rss();
  private timer?: NodeJS.Timeout;

  start(everyMs = 200): void {
    this.timer = setInterval(() => this.sample(), everyMs);
    this.timer.unref();
  }

  sample(): number {
    const rss = process.memoryUsage.rss();
    this.peak = Math.max(this.peak, rss);
    return rss;
  }

  stop(): void {
    clearInterval(this.timer);
    this.sample();
  }
}
