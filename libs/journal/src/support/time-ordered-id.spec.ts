import { isUUID } from 'class-validator';
import { timeOrderedId } from './time-ordered-id';

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function millisecondsOf(id: string): number {
  return parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
}

describe('timeOrderedId', () => {
  it('is a version 7 UUID whose first 48 bits are the time in milliseconds', () => {
    const at = Date.parse('2026-11-29T16:20:00.123Z') + 1_000_000;
    const id = timeOrderedId(at);

    expect(id).toMatch(V7);
    expect(millisecondsOf(id)).toBe(at);
    // The status API takes ids through class-validator's IsUUID().
    expect(isUUID(id)).toBe(true);
  });

  it('sorts in the order made: within a millisecond, across them, and when the clock steps back', () => {
    const at = Date.parse('2026-11-29T16:21:00Z') + 2_000_000;
    const made = [
      timeOrderedId(at),
      timeOrderedId(at),
      timeOrderedId(at),
      timeOrderedId(at + 1),
      timeOrderedId(at - 5),
      timeOrderedId(at + 7),
    ];

    expect([...made].sort()).toEqual(made);
    expect(new Set(made).size).toBe(made.length);
    // A clock that stepped back does not make an id that sorts before one already made.
    expect(millisecondsOf(made[4])).toBe(at + 1);
  });

  it('stays ordered and distinct past 4,096 ids in one millisecond, borrowing the next', () => {
    const at = Date.parse('2026-11-29T16:22:00Z') + 3_000_000;
    const made = Array.from({ length: 5000 }, () => timeOrderedId(at));

    expect([...made].sort()).toEqual(made);
    expect(new Set(made).size).toBe(5000);
    expect(millisecondsOf(made[4095])).toBe(at);
    expect(millisecondsOf(made[4096])).toBe(at + 1);
  });

  it('leaves 62 bits random: ids made in the same millisecond differ beyond the sequence', () => {
    const at = Date.parse('2026-11-29T16:23:00Z') + 4_000_000;
    const tails = new Set(Array.from({ length: 64 }, () => timeOrderedId(at).slice(19)));

    expect(tails.size).toBe(64);
  });
});
