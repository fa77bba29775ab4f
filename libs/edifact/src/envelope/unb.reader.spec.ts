import { SyntaxFinding } from '../findings/finding';
import { SyntaxErrorCode } from '../findings/syntax-error-code';
import { Segment } from '../model/segment';
import { readUnb } from './unb.reader';

/** A UNB with the default separators and no release characters, e.g. `UNB+UNOA:4+S+R'`. */
function unb(text: string, index = 0): Segment {
  const [tag, ...elements] = text.replace(/'$/, '').split('+');
  return { tag, elements: elements.map((e) => e.split(':')), index, offset: 0 };
}

const VALID = "UNB+UNOA:4+LUFTHANSA:ZZ+PIU:ZZ+260101:1200+REF1+PW+APIS+A+1+AGR+1'";

function fault(
  code: SyntaxErrorCode,
  rule: string,
  element: number,
  component: number,
  value: string,
): Omit<SyntaxFinding, 'message'> {
  return {
    kind: 'syntax',
    level: 'interchange',
    code,
    rule,
    location: { tag: 'UNB', segmentIndex: 0, element, component, value },
  };
}

function findings(text: string): Array<Omit<SyntaxFinding, 'message'>> {
  return readUnb(unb(text)).findings.map(({ message: _message, ...rest }) => rest);
}

describe(readUnb.name, () => {
  it('reads S001 to 0035 into the header', () => {
    expect(readUnb(unb(VALID))).toEqual({
      header: {
        syntaxId: 'UNOA',
        syntaxVersion: 4,
        sender: { id: 'LUFTHANSA', qualifier: 'ZZ' },
        recipient: { id: 'PIU', qualifier: 'ZZ' },
        date: '260101',
        time: '1200',
        controlReference: 'REF1',
        applicationReference: 'APIS',
        ackRequested: true,
        test: true,
      },
      findings: [],
    });
  });

  it('reads a minimal UNB with the optional elements absent', () => {
    const { header, findings: found } = readUnb(unb("UNB+IATA:1+1A+KRC+130527:0754+0003'"));
    expect(found).toEqual([]);
    expect(header).toMatchObject({
      syntaxId: 'IATA',
      syntaxVersion: 1,
      recipient: { id: 'KRC', qualifier: '' },
      applicationReference: '',
      ackRequested: false,
      test: false,
    });
  });

  it.each(['260101', '20260101', '240229', '20240229', '20000229'])(
    'accepts the date %s (YYMMDD or CCYYMMDD)',
    (date) => {
      expect(findings(`UNB+UNOA:4+S+R+${date}:1200+REF1'`)).toEqual([]);
    },
  );

  it.each(['991332', '260230', '250229', '19000229', '2601011', '26011', 'ABCDEF', '260100'])(
    'rejects the date %s with 12 at S004 0017 (4:1)',
    (date) => {
      expect(findings(`UNB+UNOA:4+S+R+${date}:1200+REF1'`)).toEqual([
        fault('12', 'envelope.unb.date', 4, 1, date),
      ]);
    },
  );

  it.each(['2400', '1260', '12', '12345', 'AB00'])(
    'rejects the time %s with 12 at S004 0019 (4:2)',
    (time) => {
      expect(findings(`UNB+UNOA:4+S+R+260101:${time}+REF1'`)).toEqual([
        fault('12', 'envelope.unb.time', 4, 2, time),
      ]);
    },
  );

  it('reports a missing date and time as missing (13), not as invalid', () => {
    expect(findings("UNB+UNOA:4+S+R++REF1'")).toEqual([
      fault('13', 'envelope.unb.date', 4, 1, ''),
      fault('13', 'envelope.unb.time', 4, 2, ''),
    ]);
  });

  it('accepts an interchange control reference of 14 characters and rejects 15 with 39', () => {
    expect(findings(`UNB+UNOA:4+S+R+260101:1200+${'1'.repeat(14)}'`)).toEqual([]);
    expect(findings(`UNB+UNOA:4+S+R+260101:1200+${'1'.repeat(15)}'`)).toEqual([
      fault('39', 'envelope.unb.control-reference', 5, 1, '1'.repeat(15)),
    ]);
    expect(readUnb(unb(`UNB+UNOA:4+S+R+260101:1200+${'1'.repeat(15)}'`)).findings[0].message).toBe(
      "Interchange control reference '111111111111111' is 15 characters; at most 14 are allowed.",
    );
  });

  it('reports a missing control reference and a missing sender with 13', () => {
    expect(findings("UNB+UNOA:4++R+260101:1200'")).toEqual([
      fault('13', 'envelope.unb.sender', 2, 1, ''),
      fault('13', 'envelope.unb.control-reference', 5, 1, ''),
    ]);
  });

  it('rejects an unknown character set (XXXX:3) with 46 at S001 0001', () => {
    expect(findings("UNB+XXXX:3+S+R+260101:1200+REF1'")).toEqual([
      fault('46', 'envelope.unb.syntax-identifier', 1, 1, 'XXXX'),
    ]);
  });

  it('reports a missing syntax identifier with 13', () => {
    expect(findings("UNB+:4+S+R+260101:1200+REF1'")).toEqual([
      fault('13', 'envelope.unb.syntax-identifier', 1, 1, ''),
    ]);
  });

  it.each(['5', '0', '', '4A', '44'])(
    'rejects syntax version %j with 2 at S001 0002 and reads it as 0',
    (version) => {
      const { header, findings: found } = readUnb(unb(`UNB+UNOA:${version}+S+R+260101:1200+REF1'`));
      expect(header.syntaxVersion).toBe(0);
      expect(found.map(({ message: _m, ...rest }) => rest)).toEqual([
        fault('2', 'envelope.unb.syntax-version', 1, 2, version),
      ]);
    },
  );

  it.each([
    ['UNOA', 1],
    ['UNOB', 2],
    ['UNOC', 3],
    ['UNOY', 4],
    ['IATA', 1],
  ])('accepts %s with version %i', (id, version) => {
    expect(findings(`UNB+${id}:${version}+S+R+260101:1200+REF1'`)).toEqual([]);
  });

  it('records the segment index in every location', () => {
    expect(
      readUnb(unb("UNB+XXXX:3+S+R+260101:1200+REF1'", 7)).findings[0].location.segmentIndex,
    ).toBe(7);
  });
});
