/**
 * What a bench run must undo on the shared services and disk (its Redis prefix, its exchange,
 * its data directory, its paxgate processes), undone once, last made first, whether the run
 * ends, fails, or is stopped with Ctrl-C or `kill`.
 */
export class CleanupStack {
  private readonly steps: Array<{ label: string; undo: () => Promise<unknown> }> = [];
  private running?: Promise<void>;

  /** True once cleanup has begun: load generation must stop, or a gateway never drains. */
  get begun(): boolean {
    return this.running !== undefined;
  }

  add(label: string, undo: () => Promise<unknown>): void {
    this.steps.push({ label, undo });
  }

  /** Undoes every step, last added first; a step that fails is reported and the rest still run. */
  run(): Promise<void> {
    this.running ??= (async () => {
      for (const { label, undo } of this.steps.reverse()) {
        try {
          await undo();
        } catch (error) {
          console.error(`bench cleanup: ${label} failed: ${String(error)}`);
        }
      }
    })();
    return this.running;
  }

  /** On SIGINT or SIGTERM: clean up, then exit as that signal would have (a second one forces it). */
  exitOnSignals(): void {
    for (const [signal, code] of [
      ['SIGINT', 130],
      ['SIGTERM', 143],
    ] as const) {
      process.once(signal, () => {
        process.once(signal, () => process.exit(code));
        console.error(`bench: ${signal}, cleaning up before exit`);
        void this.run().finally(() => process.exit(code));
      });
    }
  }
}
