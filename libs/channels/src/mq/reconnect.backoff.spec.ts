import { backoffDelay } from './reconnect.backoff';

describe(backoffDelay.name, () => {
  it('starts at the minimum and doubles per attempt', () => {
    expect([0, 1, 2, 3].map((a) => backoffDelay(a, 500, 30_000))).toEqual([500, 1000, 2000, 4000]);
  });

  it('never exceeds the maximum, however many attempts', () => {
    expect(backoffDelay(6, 500, 30_000)).toBe(30_000);
    expect(backoffDelay(5000, 500, 30_000)).toBe(30_000);
  });

  it('treats a negative attempt as the first', () => {
    expect(backoffDelay(-1, 250, 1000)).toBe(250);
  });

  it('holds at the maximum when the minimum is already above it', () => {
    expect(backoffDelay(0, 2000, 1000)).toBe(1000);
  });
});
