/**
 * Runs a background pass every so often, for the sweepers: overlapping calls share one pass,
 * and `stop` waits for the pass under way so shutdown never cuts one in half.
 */
export class PeriodicPassRunner {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(private readonly pass: (now: Date) => Promise<number>) {}

  start(intervalMs: number): void {
    this.timer = setInterval(() => void this.runOnce(), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  runOnce(now: Date = new Date()): Promise<number> {
    this.running ??= this.pass(now).finally(() => (this.running = undefined));
    return this.running;
  }
}
