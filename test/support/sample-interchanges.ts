import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SAMPLE = readFileSync(
  join(__dirname, '..', '..', 'config', 'samples', 'demo-paxlst.edi'),
  'latin1',
);
/** The demo PAXLST whose UNT counts 30 segments of 35: test/fixtures/paxlst/not-ok. */
const MISCOUNTED = readFileSync(
  join(__dirname, '..', 'fixtures', 'paxlst', 'not-ok', 'unt-count-mismatch.edi'),
  'latin1',
);

/** The shipped demo PAXLST under a fresh control reference (so it is not a duplicate). */
export function demoPaxlst(reference: string, sender = 'DEMO'): Buffer {
  return Buffer.from(
    SAMPLE.replace(/DEMO000001/g, reference).replace(
      'UNB+UNOA:4+DEMO:ZZ',
      `UNB+UNOA:4+${sender}:ZZ`,
    ),
    'latin1',
  );
}

/** The miscounted demo PAXLST under a fresh reference: a message-level fault (29). */
export function miscountedPaxlst(reference: string): Buffer {
  return Buffer.from(MISCOUNTED.replace(/DEMO000001/g, reference), 'latin1');
}

let counter = 0;
/** A control reference unique within this run (an..14). */
export function freshReference(): string {
  counter++;
  return `E${Date.now().toString(36).toUpperCase().slice(-8)}${String(counter).padStart(4, '0')}`;
}

export interface PaxlstPartOptions {
  /** UNB control reference. */
  reference: string;
  /** UNH 0068, shared by every part of the manifest. */
  accessReference: string;
  part: number;
  last: boolean;
  /** Surnames of this part's passengers. */
  passengers: readonly string[];
  /** CNT+42: the flight's total, the same on every part. */
  flightTotal: number;
  sender?: string;
}

/** One part (`nn:C` or `nn:F`) of a multi-part PAXLST for flight DM100 FRA-JFK. */
export function paxlstPart(options: PaxlstPartOptions): Buffer {
  const travellers = options.passengers.flatMap((surname, i) => [
    `NAD+FL+++${surname}:TRAVELLER`,
    `ATT+2++${i % 2 === 0 ? 'F' : 'M'}`,
    'DTM+329:800101',
    'LOC+178+FRA',
    'LOC+179+JFK',
    'NAT+2+DEU',
    `DOC+P+P${options.part}X${String(i).padStart(5, '0')}`,
    'DTM+36:310615',
    'LOC+91+DEU',
  ]);
  const message = [
    `UNH+1+PAXLST:D:05B:UN:IATA+${options.accessReference}+${String(options.part).padStart(2, '0')}:${options.last ? 'F' : 'C'}`,
    'BGM+745',
    'NAD+MS+++DEMO AIRLINE OPERATIONS',
    'TDT+20+DM100+++DM',
    'LOC+125+FRA',
    'DTM+189:2611291015:201',
    'LOC+87+JFK',
    'DTM+232:2611291320:201',
    ...travellers,
    `CNT+42:${options.flightTotal}`,
  ];
  const segments = [
    "UNA:+.? '",
    `UNB+UNOA:4+${options.sender ?? 'DEMO'}:ZZ+PAXGATE:ZZ+261128:0900+${options.reference}++APIS'`,
    ...[...message, `UNT+${message.length + 1}+1`].map((s) => `${s}'`),
    `UNZ+1+${options.reference}'`,
  ];
  return Buffer.from(segments.join('\n') + '\n', 'latin1');
}
