import { readInterchange } from '@app/edifact';
import { assembledInterchange } from './assembled-interchange.builder';

const interchange = (reference: string, part: string, surname: string, unh = '1'): Buffer =>
  Buffer.from(
    [
      "UNA:+.? '",
      `UNB+UNOA:4+DEMO:ZZ+PAXGATE:ZZ+261128:0900+${reference}'`,
      `UNH+${unh}+PAXLST:D:05B:UN:IATA+ACC1+${part}'`,
      "BGM+745'",
      `NAD+FL+++${surname}:ANN'`,
      `UNT+4+${unh}'`,
      `UNZ+1+${reference}'`,
    ].join('\n'),
    'latin1',
  );

describe(assembledInterchange.name, () => {
  it("puts each part's message, byte for byte, in order inside the first part's envelope", () => {
    const parts = [
      { interchangeRaw: interchange('REF1', '01:C', "O?'NEIL", '7'), position: 1 },
      { interchangeRaw: interchange('REF2', '02:F', 'SMITH', '8'), position: 1 },
    ];

    const sut = assembledInterchange(parts).toString('latin1');

    expect(sut).toBe(
      [
        "UNA:+.? '",
        "UNB+UNOA:4+DEMO:ZZ+PAXGATE:ZZ+261128:0900+REF1'",
        "UNH+7+PAXLST:D:05B:UN:IATA+ACC1+01:C'",
        "BGM+745'",
        "NAD+FL+++O?'NEIL:ANN'",
        "UNT+4+7'",
        "UNH+8+PAXLST:D:05B:UN:IATA+ACC1+02:F'",
        "BGM+745'",
        "NAD+FL+++SMITH:ANN'",
        "UNT+4+8'",
        "UNZ+2+REF1'",
      ].join('\n'),
    );
    const read = readInterchange(Buffer.from(sut, 'latin1'));
    expect(read.messages.map((m) => m.part)).toEqual([
      { number: 1, last: false },
      { number: 2, last: true },
    ]);
  });

  it('renumbers the message references when the parts repeat one, and only those', () => {
    const parts = [
      { interchangeRaw: interchange('REF1', '01:C', 'ADAMS'), position: 1 },
      { interchangeRaw: interchange('REF2', '02:F', 'BAKER'), position: 1 },
    ];

    const sut = readInterchange(assembledInterchange(parts));

    expect(sut.messages.map((m) => m.reference)).toEqual(['1', '2']);
    expect(sut.findings).toEqual([]);
    expect(sut.messages[1].segments.map((s) => s.elements)).toEqual([
      [['2'], ['PAXLST', 'D', '05B', 'UN', 'IATA'], ['ACC1'], ['02', 'F']],
      [['745']],
      [['FL'], [''], [''], ['BAKER', 'ANN']],
      [['4'], ['2']],
    ]);
  });

  it('falls back to the interchanges one after another when separators differ', () => {
    const other = Buffer.from(
      interchange('REF2', '02:F', 'SMITH')
        .toString('latin1')
        .replace("UNA:+.? '", 'UNA:+.? "')
        .replace(/'/g, '"'),
      'latin1',
    );
    const first = interchange('REF1', '01:C', 'A');

    const sut = assembledInterchange([
      { interchangeRaw: first, position: 1 },
      { interchangeRaw: other, position: 1 },
    ]);

    expect(sut).toEqual(Buffer.concat([first, other]));
  });
});
