import { syntaxAt } from '../testing/finding.expectations';
import { LEVEL_ZERO, ONE_PNR, readBody } from '../testing/pnrgov-message.fixture';

const [MSG, ORG, TVL, EQN] = LEVEL_ZERO;
const findingsOf = (body: string[]) => readBody(body).findings;

describe('level 0 (UNH MSG ORG TVL EQN, then SRC)', () => {
  it('accepts a clean push without any finding', () => {
    expect(findingsOf([...LEVEL_ZERO, ...ONE_PNR])).toEqual([]);
  });

  it('reports a level-0 segment that comes too late as out of place (15), once', () => {
    expect(findingsOf([ORG, MSG, TVL, EQN, ...ONE_PNR])).toEqual([
      syntaxAt('segment', '15', 'pnrgov.level0.order', { tag: 'MSG', position: 3 }),
    ]);
  });

  it('reports a repeated level-0 segment as out of place (15)', () => {
    expect(findingsOf([MSG, ORG, TVL, TVL, EQN, ...ONE_PNR])).toEqual([
      syntaxAt('segment', '15', 'pnrgov.level0.order', { tag: 'TVL', position: 5 }),
    ]);
  });

  it('reports absent MSG and ORG as missing (13) where they were expected: at the segment standing there', () => {
    expect(findingsOf([TVL, EQN, ...ONE_PNR])).toEqual([
      syntaxAt('segment', '13', 'pnrgov.level0.missing', { tag: 'MSG', position: 2 }),
      syntaxAt('segment', '13', 'pnrgov.level0.missing', { tag: 'ORG', position: 2 }),
    ]);
  });

  it('reports an EQN missing before the first SRC at that SRC', () => {
    expect(findingsOf([MSG, ORG, TVL, ...ONE_PNR])).toEqual([
      syntaxAt('segment', '13', 'pnrgov.level0.missing', { tag: 'EQN', position: 5 }),
    ]);
  });

  it('reports an unknown tag (15) and a PNR segment before the first SRC (15)', () => {
    expect(findingsOf([MSG, 'XYZ+1', ORG, TVL, EQN, 'RCI+LH:ABC123', ...ONE_PNR])).toEqual([
      syntaxAt('segment', '15', 'pnrgov.segment.unknown', { tag: 'XYZ', position: 3 }),
      syntaxAt('segment', '15', 'pnrgov.segment.position', { tag: 'RCI', position: 7 }),
    ]);
  });

  it('still reads the values of out-of-order level-0 segments', () => {
    const { push } = readBody([ORG, MSG, TVL, EQN, ...ONE_PNR]);
    expect(push.message.function).toBe('full');
    expect(push.sender).toMatchObject({ airline: 'LH', location: 'FRA' });
  });
});
