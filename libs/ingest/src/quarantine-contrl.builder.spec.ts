import { quarantineContrlOf } from './quarantine-contrl.builder';

const NOW = new Date('2026-12-07T12:00:00Z');
const HEADER = "UNA:+.? 'UNB+UNOA:4+DEMO:ZZ+PAXGATE:ZZ+261207:1100+REF42'";

describe(quarantineContrlOf.name, () => {
  it('rejects the interchange it names with code 18, from its header alone', () => {
    // Everything after the UNB is never read: not even this unterminated segment.
    const contrl = quarantineContrlOf(Buffer.from(`${HEADER}UNH+1+PAXLST:D:05B:UN:IATA+`), 3, NOW);

    expect(contrl).toMatch(/^UNB\+UNOA:4\+PAXGATE:ZZ\+DEMO:ZZ\+20261207:1200\+P\w+'/);
    expect(contrl).toContain("UCI+REF42+DEMO:ZZ+PAXGATE:ZZ+4+18'");
  });

  it('gives each CONTRL a reference of its own', () => {
    const bytes = Buffer.from(HEADER);
    const reference = (contrl: string) =>
      /UNB\+[^+]+\+[^+]+\+[^+]+\+[^+]+\+([^+']+)/.exec(contrl)?.[1];

    expect(reference(quarantineContrlOf(bytes, 3, NOW))).not.toBe(
      reference(quarantineContrlOf(bytes, 3, NOW)),
    );
  });

  it('still answers bytes that are not EDIFACT at all', () => {
    expect(quarantineContrlOf(Buffer.from([0xff, 0x00, 0x41]), 1, NOW)).toMatch(/UCI\+[^']*\+4\+/);
  });
});
