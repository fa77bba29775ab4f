/**
 * A synthetic PAXLST the size of a full A380 (850 travellers), shaped like the corpus: one
 * message, one leg, each traveller with sex, birth date, places, booking, seat and a passport.
 */
export function generatePaxlst(travellers: number): Buffer {
  const body: string[] = [
    'BGM+745',
    // The interchange's reference again, so that a json delivery can be told apart too.
    'NAD+MS+++PAXGATE BENCH0001',
    'COM+0049691234567:TE',
    'TDT+20+LH400+++LH',
    'LOC+125+FRA',
    'DTM+189:2611281015:201',
    'LOC+87+JFK',
    'DTM+232:2611281320:201',
  ];
  for (let i = 0; i < travellers; i++) {
    const n = String(i).padStart(4, '0');
    body.push(
      `NAD+FL+++TRAVELLER${n}:GIVEN${n}:MIDDLE`,
      `ATT+2++${i % 2 === 0 ? 'F' : 'M'}`,
      `DTM+329:${String(50 + (i % 49)).padStart(2, '0')}${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}`,
      'LOC+178+FRA',
      'LOC+179+JFK',
      'LOC+174+DEU',
      'NAT+2+DEU',
      `RFF+AVF:B${n}XY`,
      `RFF+SEA:${1 + (i % 80)}${'ABCDEFGHJK'[i % 10]}`,
      `DOC+P+C${n}7788`,
      'DTM+36:301231',
      'LOC+91+DEU',
    );
  }
  body.push(`CNT+42:${travellers}`);
  const segments = [
    'UNB+UNOA:4+LUFTHANSA:ZZ+PIUBENCH:ZZ+261128:0900+BENCH0001++APIS',
    'UNH+1+PAXLST:D:05B:UN:IATA+LH400/261128',
    ...body,
    `UNT+${body.length + 2}+1`,
    'UNZ+1+BENCH0001',
  ];
  return Buffer.from(segments.join("'\n") + "'\n", 'latin1');
}
