import { EdifactMessage } from '../model/interchange';
import { Segment } from '../model/segment';
import { describeProblem } from './token-problem.describer';

const seg = (tag: string, index: number, elements: string[][] = []): Segment => ({
  tag,
  elements,
  index,
  offset: 0,
});

function messageWith(last: Segment, group?: string): EdifactMessage {
  return {
    reference: 'M1',
    type: 'PAXLST',
    version: 'D',
    release: '05B',
    agency: 'UN',
    association: '',
    accessReference: '',
    groupReference: group,
    segments: [seg('UNH', 1), seg('BGM', 2), last],
  };
}

describe(describeProblem.name, () => {
  const nad = seg('NAD', 3, [['FL'], [''], [''], ['Smith']]);

  it('places an invalid character in a message at element level (21), with position, element, component and value', () => {
    const finding = describeProblem(
      {
        kind: 'invalid-character',
        element: 4,
        component: 1,
        value: 'Smith',
        character: "'m' (0x6d)",
      },
      nad,
      messageWith(nad, 'G1'),
    );
    expect(finding).toEqual({
      kind: 'syntax',
      level: 'element',
      code: '21',
      rule: 'syntax.character-set',
      message:
        "NAD element 4.1 holds 'm' (0x6d), which the interchange's character set does not allow.",
      location: {
        tag: 'NAD',
        segmentIndex: 3,
        messageReference: 'M1',
        groupReference: 'G1',
        position: 3,
        element: 4,
        component: 1,
        value: 'Smith',
      },
    });
  });

  it('places a fault outside any message at interchange level, without message position', () => {
    expect(
      describeProblem(
        {
          kind: 'invalid-character',
          element: 1,
          component: 2,
          value: 'x',
          character: "'x' (0x78)",
        },
        nad,
        undefined,
      ),
    ).toMatchObject({
      level: 'interchange',
      code: '21',
      location: { tag: 'NAD', segmentIndex: 3, element: 1, component: 2, value: 'x' },
    });
  });

  it.each([
    [
      { kind: 'bad-tag', value: 'bgm' } as const,
      'segment',
      '12',
      'syntax.segment-tag',
      { value: 'bgm' },
    ],
    [{ kind: 'oversize', bytes: 300000 } as const, 'segment', '18', 'syntax.segment-size', {}],
    [{ kind: 'unterminated' } as const, 'segment', '13', 'syntax.segment-terminator', {}],
  ])('reports %j in a message at %s level with code %s', (problem, level, code, rule, extra) => {
    expect(describeProblem(problem, nad, messageWith(nad))).toEqual({
      kind: 'syntax',
      level,
      code,
      rule,
      message: expect.any(String) as string,
      location: {
        tag: 'NAD',
        segmentIndex: 3,
        messageReference: 'M1',
        groupReference: undefined,
        position: 3,
        ...extra,
      },
    });
    expect(describeProblem(problem, nad, undefined)).toMatchObject({
      level: 'interchange',
      code,
      rule,
    });
  });

  it('says what to look for in each message', () => {
    expect(
      describeProblem({ kind: 'bad-tag', value: 'UNG ' }, seg('UNG ', 1), undefined).message,
    ).toBe("'UNG ' is not a segment tag (three upper-case letters).");
    expect(describeProblem({ kind: 'oversize', bytes: 300000 }, nad, undefined).message).toBe(
      'A segment of 300000 bytes exceeds the size limit: is a segment terminator missing?',
    );
    expect(describeProblem({ kind: 'unterminated' }, nad, undefined).message).toBe(
      "Segment 'NAD' has no segment terminator: the input ends inside it.",
    );
  });

  it('reports a trailing separator as information, never as a rejection', () => {
    expect(
      describeProblem({ kind: 'trailing-separator', element: 2 }, nad, messageWith(nad)),
    ).toEqual({
      kind: 'quality',
      severity: 'info',
      rule: 'syntax.trailing-separator',
      message:
        'NAD ends with an empty element or component (trailing separator), which ISO 9735 does not allow; tolerated.',
      location: {
        tag: 'NAD',
        segmentIndex: 3,
        messageReference: 'M1',
        groupReference: undefined,
        position: 3,
        element: 2,
      },
    });
  });
});
