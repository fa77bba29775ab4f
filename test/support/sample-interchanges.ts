import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SAMPLE = readFileSync(
  join(__dirname, '..', '..', 'config', 'samples', 'demo-paxlst.edi'),
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

/** The demo PAXLST with a UNT that miscounts its segments: a message-level fault (29). */
export function miscountedPaxlst(reference: string): Buffer {
  return Buffer.from(
    demoPaxlst(reference).toString('latin1').replace("UNT+35+1'", "UNT+30+1'"),
    'latin1',
  );
}

let counter = 0;
/** A control reference unique within this run (an..14). */
export function freshReference(): string {
  counter++;
  return `E${Date.now().toString(36).toUpperCase().slice(-8)}${String(counter).padStart(4, '0')}`;
}
