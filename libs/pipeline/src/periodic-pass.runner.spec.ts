import { PeriodicPassRunner } from './periodic-pass.runner';

describe(PeriodicPassRunner.name, () => {
  it('lets overlapping calls share one pass, then runs a new one', async () => {
    let passes = 0;
    let release: () => void = () => undefined;
    const sut = new PeriodicPassRunner(async () => {
      passes++;
      await new Promise<void>((r) => (release = r));
      return passes;
    });

    const first = sut.runOnce();
    const second = sut.runOnce();
    release();

    expect(await Promise.all([first, second])).toEqual([1, 1]);
    const third = sut.runOnce();
    release();
    expect(await third).toBe(2);
  });

  it('waits on stop for the pass under way', async () => {
    let finished = false;
    const sut = new PeriodicPassRunner(async () => {
      await new Promise((r) => setTimeout(r, 20));
      finished = true;
      return 0;
    });

    void sut.runOnce();
    await sut.stop();

    expect(finished).toBe(true);
  });
});
