import { buildContrl } from './contrl.builder';
import { summarizeContrl } from './contrl-summary.builder';
import { contrl, fault, group, input, message } from './testing/contrl-input.fixture';

describe(summarizeContrl.name, () => {
  it('keeps the first error of a level and drops the ones after it', () => {
    const findings = [
      fault('message', '29', { tag: 'UNT', messageReference: '1' }),
      fault('message', '28', { tag: 'UNT', messageReference: '1' }),
      fault('segment', '13', { tag: 'CNT', messageReference: '1', position: 4 }),
      fault('segment', '12', { tag: 'CNT', messageReference: '1', position: 4 }),
    ];
    expect(summarizeContrl(input({ findings })).messages).toEqual([
      {
        message: message('1'),
        error: { code: '29', tag: 'UNT' },
        segments: [{ position: 4, code: '13', elements: [] }],
      },
    ]);
  });

  it('lists messages in subject order, whatever the order of the findings', () => {
    const findings = ['3', '1'].map((r) =>
      fault('message', '26', { tag: 'UNH', messageReference: r }),
    );
    expect(summarizeContrl(input({ findings })).messages.map((m) => m.message.reference)).toEqual([
      '1',
      '3',
    ]);
  });

  it('rejects every message of a rejected group, and lists no clean group', () => {
    const subject = {
      groups: [group('G1'), group('G2', '2')],
      messages: [message('1', 'G1'), message('2', 'G2'), message('3', 'G2')],
    };
    const summary = summarizeContrl(
      input(
        { findings: [fault('group', '28', { tag: 'UNE', groupReference: 'G2', element: 2 })] },
        subject,
      ),
    );
    expect(summary.groups.map((g) => [g.reference, g.action])).toEqual([['G2', '4']]);
    expect(summary.rejectedMessages).toEqual(['2', '3']);
  });

  it('names a message the subject does not know with placeholders, and rejects it', () => {
    const findings = [
      fault('element', '13', { tag: 'UNH', messageReference: '', position: 1, element: 1 }),
    ];
    const result = buildContrl(input({ findings }, { messages: [] }));
    expect(result.text).toBe(
      contrl([
        'UCI+000123+LHAPI:ZZ+PIUDE:ZZ+7',
        'UCM+UNKNOWN+UNKNOWN:UNKNOWN:UNKNOWN:UNKNOWN+4',
        'UCS+1',
        'UCD+13+1',
      ]),
    );
    expect(result.rejectedMessages).toEqual(['']);
  });
});
