/** One synthetic PNR, in the groups GTAS reads, with DOCS, contacts, payment, itinerary, bags. */
function pnr(i: number): string[] {
  const n = String(i).padStart(5, '0');
  return [
    'SRC',
    `RCI+LH:Q${n}::261001:1200`,
    'SSR+AVML:HK:1:LH',
    'DAT+700:261001:1200',
    'ORG+LH:FRA+12345678:DE+++A+DE:EUR+AGENT1',
    `ADD++700:${i} MAIN STREET:FRANKFURT::DE:60311`,
    `TIF+PASSENGER${n}:I+GIVEN${n}:A:1`,
    `FTI+LH:992${n}::G`,
    `IFT+4:28::LH+CTCE PASSENGER${n}//EXAMPLE.COM`,
    'REF+ABO:1',
    `SSR+DOCS:HK:1:LH:::::/P/DEU/C${n}1/DEU/12JUN80/M/01JAN30/PASSENGER${n}/GIVEN${n}`,
    `TKT+220${n}123456:T:1`,
    'MON+B:820.00:EUR+T:910.50:EUR',
    'PTK+NR++261001+LH+++FRA',
    'TXD++45.50::DE+44.00::YQ',
    'DAT+710:261001:1210',
    'FOP+CC:::VI:XXXXXXXXXXXX1111:1230',
    'TVL+281126:1015:281126:1320+FRA+JFK+LH+400:Y',
    'RPI+1+HK',
    'APD+744',
    `SSR+SEAT:HK:1:LH:::FRA:JFK+${1 + (i % 60)}A`,
    'DAT+2:281126:0900',
    `TRI++${String(i % 300).padStart(3, '0')}:1`,
    `TIF+PASSENGER${n}:I+GIVEN${n}:A:1`,
    `SSD+0${(i % 60) + 10}A`,
    `TBD+++2:46:700+++LH:${n}`,
  ];
}

/** A full PNRGOV push of about `bytes` bytes. */
export function generatePnrgov(bytes: number): Buffer {
  const header = ['MSG+:22', 'ORG+LH:FRA', 'TVL+281126:1015:281126:1320+FRA+JFK+LH+400'];
  const perPnr = pnr(0).join("'").length + 1;
  const count = Math.max(1, Math.floor(bytes / perPnr));
  const body = [...header, `EQN+${count}`];
  for (let i = 0; i < count; i++) body.push(...pnr(i));
  const segments = [
    'UNB+IATA:1+LH+PIUBENCH+261128:0900+BENCH0002++PNRGOV',
    'UNG+PNRGOV+LH+PIUBENCH+261128:0900+1+IA+11:1',
    'UNH+1+PNRGOV:11:1:IA+LH400/281126/1015',
    ...body,
    `UNT+${body.length + 2}+1`,
    'UNE+1+1',
    'UNZ+1+BENCH0002',
  ];
  return Buffer.from(segments.join("'") + "'", 'latin1');
}
