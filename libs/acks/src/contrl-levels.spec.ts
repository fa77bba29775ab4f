import { allowedAt, placeFinding } from './contrl-levels';
import { fault } from './testing/contrl-input.fixture';

const inSegment = { tag: 'DOC', messageReference: '1', position: 9 };

describe(placeFinding.name, () => {
  it('keeps a finding whose code may stand at its level', () => {
    expect(placeFinding(fault('element', '12', { ...inSegment, element: 2 }), false)).toEqual({
      level: 'element',
      code: '12',
    });
  });

  it.each([
    ['element', '45', 'segment'],
    ['element', '17', 'segment'],
    ['segment', '39', 'message'],
    ['message', '24', 'interchange'],
    ['message', '2', 'interchange'],
  ] as const)('lifts %s-level code %s to %s', (level, code, to) => {
    expect(placeFinding(fault(level, code, { ...inSegment, element: 1 }), false)).toEqual({
      level: to,
      code,
    });
  });

  it('lifts to the group only when the subject used groups', () => {
    const f = fault('message', '32', { ...inSegment, groupReference: 'G1' });
    expect(placeFinding(f, true)).toEqual({ level: 'group', code: '32' });
    expect(placeFinding(f, false)).toEqual({ level: 'interchange', code: '32' });
  });

  it('lifts a finding whose location cannot point to its level', () => {
    expect(placeFinding(fault('element', '12', { messageReference: '1' }), false)).toEqual({
      level: 'message',
      code: '12',
    });
    expect(placeFinding(fault('segment', '13', { tag: 'CNT' }), false)).toEqual({
      level: 'interchange',
      code: '13',
    });
  });

  it('falls back to 18 at the lowest level it can point to when no level allows the code', () => {
    expect(placeFinding(fault('segment', '36', { messageReference: '1' }), false)).toEqual({
      level: 'message',
      code: '18',
    });
    expect(placeFinding(fault('interchange', '35', {}), false)).toEqual({
      level: 'interchange',
      code: '18',
    });
  });
});

describe(allowedAt.name, () => {
  it('follows the table of EDIFACT-NOTES §4', () => {
    expect(allowedAt('29', 'message')).toBe(true);
    expect(allowedAt('29', 'segment')).toBe(false);
    expect(allowedAt('36', 'segment')).toBe(true);
    expect(allowedAt('99' as never, 'interchange')).toBe(false);
  });
});
