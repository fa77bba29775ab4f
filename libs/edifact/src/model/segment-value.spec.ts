import { Segment } from './segment';
import { hasElement, valueAt } from './segment-value';

const nad: Segment = {
  tag: 'NAD',
  elements: [['FL'], [''], ['', ''], ['SMITH', 'JOHN']],
  index: 0,
  offset: 0,
};

describe(valueAt.name, () => {
  it('reads 1-based element and component positions, the first component by default', () => {
    expect(valueAt(nad, 1)).toBe('FL');
    expect(valueAt(nad, 4, 2)).toBe('JOHN');
  });

  it("gives '' for an absent element or component", () => {
    expect(valueAt(nad, 4, 3)).toBe('');
    expect(valueAt(nad, 9)).toBe('');
    expect(valueAt(nad, 0)).toBe('');
  });
});

describe(hasElement.name, () => {
  it('is true only when some component is not empty', () => {
    expect([1, 2, 3, 4, 5].map((e) => hasElement(nad, e))).toEqual([
      true,
      false,
      false,
      true,
      false,
    ]);
  });
});
