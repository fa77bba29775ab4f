import { syntaxAt } from '../testing/finding.expectations';
import { LEVEL_ZERO, ONE_PNR, readBody } from '../testing/pnrgov-message.fixture';

const [, ORG, TVL, EQN] = LEVEL_ZERO;
const read = (msg: string, eqn = EQN) => readBody([msg, ORG, TVL, eqn, ...ONE_PNR]);

describe('MSG message function (1225)', () => {
  it('reads 22 as a full push and 141 as an update push', () => {
    expect(read('MSG+:22').push.message).toMatchObject({ functionCode: '22', function: 'full' });
    expect(read('MSG+:141')).toMatchObject({
      findings: [],
      push: { message: { functionCode: '141', function: 'update' } },
    });
  });

  /** The one finding an unsupported MSG function gets, and the push marked unknown. */
  function expectUnsupportedFunction(code: string): ReturnType<typeof read> {
    const reading = read(`MSG+:${code}`);
    expect(reading.findings).toEqual([
      syntaxAt('element', '14', 'pnrgov.msg.function', {
        tag: 'MSG',
        position: 2,
        element: 1,
        component: 2,
        value: code,
      }),
    ]);
    expect(reading.push.message.function).toBe('unknown');
    return reading;
  }

  it('rejects any other function as not supported in this position (14)', () => {
    const { messages } = expectUnsupportedFunction('99');
    expect(messages[0]).toContain('22 (full push) or 141 (update push)');
  });

  it.each(['valueOf', 'constructor'])(
    'rejects %s, a name every object has, like any other unknown function (14)',
    (code) => {
      expectUnsupportedFunction(code);
    },
  );

  it('rejects a MSG without a function as missing (13)', () => {
    expect(read('MSG').findings).toEqual([
      syntaxAt('element', '13', 'pnrgov.msg.function', {
        tag: 'MSG',
        position: 2,
        element: 1,
        component: 2,
        value: '',
      }),
    ]);
  });

  it('says so when the function stands in component 1 (MSG+22)', () => {
    const { findings, messages } = read('MSG+22');
    expect(findings).toEqual([
      syntaxAt('element', '13', 'pnrgov.msg.function', {
        tag: 'MSG',
        position: 2,
        element: 1,
        component: 2,
        value: '',
      }),
    ]);
    expect(messages[0]).toContain("'22' stands in component 1; write MSG+:22");
  });
});

describe('level-0 EQN', () => {
  it('reads the number of PNRs of the whole push', () => {
    expect(read('MSG+:22', 'EQN+1').push.expectedPnrs).toBe(1);
  });

  it('rejects a count that is not a whole number (12) and one that is absent (13)', () => {
    expect(read('MSG+:22', 'EQN+1A').findings).toEqual([
      syntaxAt('element', '12', 'pnrgov.eqn.number', {
        tag: 'EQN',
        position: 5,
        element: 1,
        component: 1,
        value: '1A',
      }),
    ]);
    expect(read('MSG+:22', 'EQN').findings).toEqual([
      syntaxAt('element', '13', 'pnrgov.eqn.number', {
        tag: 'EQN',
        position: 5,
        element: 1,
        component: 1,
        value: '',
      }),
    ]);
  });
});
