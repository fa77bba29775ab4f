import { syntaxAt, warningAt } from '../testing/finding.expectations';
import { LEVEL_ZERO, ONE_PNR, readBody } from '../testing/pnrgov-message.fixture';

const [, ORG, TVL] = LEVEL_ZERO;
const UNH_PART = (part: string) => `UNH+1+PNRGOV:11:1:IA+LH400/281126/1015+${part}`;
const findingsOf = (msg: string, eqn: string, pnrs: readonly string[], unh?: string) =>
  readBody([msg, ORG, TVL, eqn, ...pnrs], unh).findings;

describe('PNRs in the push', () => {
  it('rejects a full push without any SRC as missing (13), where the first SRC was expected (UNT)', () => {
    expect(findingsOf('MSG+:22', 'EQN+1', [])).toEqual([
      syntaxAt('segment', '13', 'pnrgov.src.missing', { tag: 'SRC', position: 6 }),
    ]);
  });

  it('accepts an update push that is legitimately empty: EQN+0 and no SRC', () => {
    expect(findingsOf('MSG+:141', 'EQN+0', [])).toEqual([]);
  });

  it('rejects an update push that declares PNRs but carries none (13)', () => {
    expect(findingsOf('MSG+:141', 'EQN+2', [])).toEqual([
      syntaxAt('segment', '13', 'pnrgov.src.missing', { tag: 'SRC', position: 6 }),
    ]);
  });

  it('only warns about a full push with EQN+0 and no SRC (a flight nobody booked?) [unverified]', () => {
    expect(findingsOf('MSG+:22', 'EQN+0', [])).toEqual([
      warningAt('pnrgov.src.empty-full-push', { tag: 'UNT', position: 6 }),
    ]);
  });

  it('warns when a single-message full push carries another number of PNRs than EQN declares', () => {
    expect(findingsOf('MSG+:22', 'EQN+3', ONE_PNR)).toEqual([
      warningAt('pnrgov.eqn.count', {
        tag: 'EQN',
        position: 5,
        element: 1,
        component: 1,
        value: '3',
      }),
    ]);
  });

  it('does not compare EQN with the SRCs of one part of a multi-part push, nor of an update push', () => {
    expect(findingsOf('MSG+:22', 'EQN+3', ONE_PNR, UNH_PART('1:C'))).toEqual([]);
    expect(findingsOf('MSG+:141', 'EQN+3', ONE_PNR)).toEqual([]);
  });

  it('treats 1:F as a single message', () => {
    expect(findingsOf('MSG+:22', 'EQN+3', ONE_PNR, UNH_PART('1:F'))).toEqual([
      warningAt('pnrgov.eqn.count', {
        tag: 'EQN',
        position: 5,
        element: 1,
        component: 1,
        value: '3',
      }),
    ]);
  });

  it('warns when one part alone carries more PNRs than the whole push declares', () => {
    expect(findingsOf('MSG+:22', 'EQN+1', [...ONE_PNR, ...ONE_PNR], UNH_PART('2:C'))).toEqual([
      warningAt('pnrgov.eqn.count', {
        tag: 'EQN',
        position: 5,
        element: 1,
        component: 1,
        value: '1',
      }),
    ]);
  });
});
