import { buildContrl } from './contrl.builder';
import { contrl, fault, group, header, input, message } from './testing/contrl-input.fixture';

const UCI = 'UCI+000123+LHAPI:ZZ+PIUDE:ZZ';
const S009 = 'PAXLST:D:05B:UN';

describe(buildContrl.name, () => {
  it('acknowledges a clean interchange with UCI 7 alone', () => {
    const result = buildContrl(input());
    expect(result.text).toBe(
      "UNB+UNOA:3+PIUDE:ZZ+LHAPI:ZZ+261128:0905+CTL0001'UNH+CTL0001+CONTRL:D:3:UN'" +
        "UCI+000123+LHAPI:ZZ+PIUDE:ZZ+7'UNT+3+CTL0001'UNZ+1+CTL0001'",
    );
    expect(result).toMatchObject({ interchangeAction: '7', rejectedMessages: [] });
  });

  it('rejects the interchange at UCI for a UNZ count fault, and so every message', () => {
    const result = buildContrl(
      input({ findings: [fault('interchange', '29', { tag: 'UNZ', element: 1, value: '2' })] }),
    );
    expect(result.text).toBe(contrl([`${UCI}+4+29+UNZ+1`]));
    expect(result).toMatchObject({ interchangeAction: '4', rejectedMessages: ['1', '2', '3'] });
  });

  it('rejects only message 2 of 3 for one bad element', () => {
    const bad = fault('element', '12', {
      tag: 'ATT',
      messageReference: '2',
      position: 7,
      element: 3,
      component: 1,
      value: 'Q',
    });
    const result = buildContrl(input({ findings: [bad] }));
    expect(result.text).toBe(
      "UNB+UNOA:3+PIUDE:ZZ+LHAPI:ZZ+261128:0905+CTL0001'UNH+CTL0001+CONTRL:D:3:UN'" +
        "UCI+000123+LHAPI:ZZ+PIUDE:ZZ+7'UCM+2+PAXLST:D:05B:UN+4'UCS+7'UCD+12+3:1'UNT+6+CTL0001'UNZ+1+CTL0001'",
    );
    expect(result).toMatchObject({ interchangeAction: '7', rejectedMessages: ['2'] });
  });

  it('shares one UCS between element faults of one segment, a UCD each, in element order', () => {
    const at = { tag: 'DOC', messageReference: '1', position: 9 };
    const findings = [
      fault('element', '12', { ...at, element: 2, component: 1 }),
      fault('element', '13', { ...at, element: 1, component: 1 }),
      fault('element', '12', { ...at, element: 2, component: 1 }),
    ];
    expect(buildContrl(input({ findings })).text).toBe(
      contrl([`${UCI}+7`, `UCM+1+${S009}+4`, 'UCS+9', 'UCD+13+1:1', 'UCD+12+2:1']),
    );
  });

  it('reports a missing segment at its position with UCS', () => {
    const findings = [fault('segment', '13', { tag: 'CNT', messageReference: '1', position: 13 })];
    expect(buildContrl(input({ findings })).text).toBe(
      contrl([`${UCI}+7`, `UCM+1+${S009}+4`, 'UCS+13+13']),
    );
  });

  it('puts a message-level fault (UNT count) on the UCM with its service segment', () => {
    const findings = [
      fault('message', '29', {
        tag: 'UNT',
        messageReference: '3',
        position: 20,
        element: 1,
        value: '19',
      }),
    ];
    const result = buildContrl(input({ findings }));
    expect(result.text).toBe(contrl([`${UCI}+7`, `UCM+3+${S009}+4+29+UNT`]));
    expect(result.rejectedMessages).toEqual(['3']);
  });

  it('keeps UCI 7 even when every message is rejected', () => {
    const findings = ['1', '2', '3'].map((r) =>
      fault('message', '28', { tag: 'UNT', messageReference: r }),
    );
    const result = buildContrl(input({ findings }));
    expect(result.text).toContain(`${UCI}+7'`);
    expect(result).toMatchObject({ interchangeAction: '7', rejectedMessages: ['1', '2', '3'] });
  });

  it('reports by UCF when the subject used groups', () => {
    const subject = {
      groups: [group('G1', '2'), group('G2')],
      messages: [message('1', 'G1'), message('2', 'G1'), message('3', 'G2')],
    };
    const findings = [
      fault('element', '12', { tag: 'NAT', messageReference: '1', position: 11, element: 2 }),
      fault('group', '29', { tag: 'UNE', groupReference: 'G2', element: 1, value: '2' }),
    ];
    const result = buildContrl(input({ findings }, subject));
    expect(result.text).toBe(
      contrl([
        `${UCI}+7`,
        'UCF+G1+LH+DEPIU+7',
        `UCM+1+${S009}+4`,
        'UCS+11',
        'UCD+12+2',
        'UCF+G2+LH+DEPIU+4+29+UNE+1',
      ]),
    );
    expect(result.rejectedMessages).toEqual(['1', '3']);
  });

  it('answers syntax 4 with CONTRL:4:1:UN and a CCYYMMDD date', () => {
    const text = buildContrl(input({}, { header: header({ syntaxVersion: 4 }) })).text;
    expect(text).toBe(
      contrl([`${UCI}+7`], "UNB+UNOA:4+PIUDE:ZZ+LHAPI:ZZ+20261128:0905+CTL0001'", 'CONTRL:4:1:UN'),
    );
  });

  it('sends a receipt as UCI 8 with nothing below, whatever was found', () => {
    const findings = [fault('message', '29', { tag: 'UNT', messageReference: '1' })];
    const result = buildContrl(input({ action: 'receipt', findings }));
    expect(result.text).toBe(contrl([`${UCI}+8`]));
    expect(result).toMatchObject({ interchangeAction: '8', rejectedMessages: [] });
  });

  it('escapes service characters in echoed references', () => {
    const subject = {
      header: header({ controlReference: "A'1+2", sender: { id: 'LH:X', qualifier: 'ZZ' } }),
      messages: [message('M?1')],
    };
    const findings = [fault('message', '26', { tag: 'UNH', messageReference: 'M?1' })];
    expect(buildContrl(input({ findings }, subject)).text).toBe(
      contrl(
        ["UCI+A?'1?+2+LH?:X:ZZ+PIUDE:ZZ+7", `UCM+M??1+${S009}+4+26+UNH`],
        "UNB+UNOA:3+PIUDE:ZZ+LH?:X:ZZ+261128:0905+CTL0001'",
      ),
    );
  });

  it('ignores quality findings', () => {
    const findings = [
      {
        kind: 'quality' as const,
        severity: 'warning' as const,
        rule: 'paxlst.doc.expiry',
        message: 'Passport expired.',
        location: { messageReference: '1', position: 9 },
      },
    ];
    expect(buildContrl(input({ findings })).text).toBe(buildContrl(input()).text);
  });

  it('lifts a code to the next level where it may stand', () => {
    const findings = [
      fault('element', '45', { tag: 'FTX', messageReference: '1', position: 5, element: 4 }),
      fault('segment', '39', { tag: 'BGM', messageReference: '2', position: 2 }),
    ];
    expect(buildContrl(input({ findings })).text).toBe(
      contrl([`${UCI}+7`, `UCM+1+${S009}+4`, 'UCS+5+45', `UCM+2+${S009}+4+39`]),
    );
    const tooOld = [fault('message', '24', { tag: 'UNH', messageReference: '1' })];
    expect(buildContrl(input({ findings: tooOld })).text).toBe(contrl([`${UCI}+4+24+UNH`]));
  });

  it('stays well-formed when UNB was unreadable, naming the first interchange fault', () => {
    const empty = { id: '', qualifier: '' };
    const subject = {
      header: header({
        syntaxId: '',
        syntaxVersion: 0,
        sender: empty,
        recipient: empty,
        controlReference: '',
        date: '',
        time: '',
      }),
      messages: [],
    };
    const findings = [
      fault('interchange', '13', { tag: 'UNB', element: 1, component: 1 }),
      fault('interchange', '2', { tag: 'UNB', element: 1, component: 2 }),
    ];
    expect(buildContrl(input({ findings }, subject)).text).toBe(
      contrl(
        ['UCI+UNKNOWN+UNKNOWN+UNKNOWN+4+13+UNB+1:1'],
        "UNB+UNOB:3+UNKNOWN+UNKNOWN+261128:0905+CTL0001'",
      ),
    );
  });

  it('marks the answer to test traffic as test (UNB 0035)', () => {
    const text = buildContrl(input({}, { header: header({ test: true }) })).text;
    expect(text.startsWith("UNB+UNOA:3+PIUDE:ZZ+LHAPI:ZZ+261128:0905+CTL0001++++++1'UNH+")).toBe(
      true,
    );
  });

  it('refuses a control reference that cannot stand in UNB 0020', () => {
    expect(() => buildContrl(input({ controlReference: '' }))).toThrow(RangeError);
    expect(() => buildContrl(input({ controlReference: '123456789012345' }))).toThrow(RangeError);
    expect(() => buildContrl(input({ now: new Date(NaN) }))).toThrow(RangeError);
  });
});
