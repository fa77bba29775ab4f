import { demoPaxlst } from './sample-interchanges';

const UNB = (reference: string) =>
  `UNA:+.? 'UNB+UNOA:4+DEMO:ZZ+PAXGATE:ZZ+261129:1015+${reference}'`;
const bytes = (text: string) => Buffer.from(text, 'latin1');

/** A PAXLST of one traveller under its own UNH reference, for many in one interchange. */
function smallMessage(reference: string): string {
  const body = [
    `UNH+${reference}+PAXLST:D:05B:UN:IATA+DM100/261129/1015`,
    'BGM+745',
    'NAD+MS+++DEMO OPS',
    'TDT+20+DM100+++DM',
    'LOC+125+FRA',
    'DTM+189:2611291015:201',
    'LOC+87+JFK',
    'DTM+232:2611291320:201',
    'NAD+FL+++MILLER:ANNA',
    'ATT+2++F',
    'DTM+329:800101',
    'CNT+42:1',
  ];
  return `${[...body, `UNT+${body.length + 1}+${reference}`].join("'")}'`;
}

/** A valid PAXLST of `travellers` passengers in one message: large, and costly to read. */
export function largePaxlst(reference: string, travellers: number): Buffer {
  const passenger = (k: number) =>
    `NAD+FL+++TRAVELLER${k}:ANNA'ATT+2++F'DTM+329:800101'NAT+2+DEU'DOC+P+X${k}'DTM+36:300101'LOC+91+DEU'`;
  const head =
    "UNH+1+PAXLST:D:05B:UN:IATA+DM100/261129/1015'BGM+745'NAD+MS+++DEMO OPS'TDT+20+DM100+++DM'" +
    "LOC+125+FRA'DTM+189:2611291015:201'LOC+87+JFK'DTM+232:2611291320:201'";
  const people = Array.from({ length: travellers }, (_, k) => passenger(k)).join('');
  const segments = 10 + 7 * travellers + 1;
  return bytes(
    `${UNB(reference)}${head}${people}CNT+42:${travellers}'UNT+${segments}+1'UNZ+1+${reference}'`,
  );
}

/** The hostile and broken inputs of the poison suite, each named after what it does. */
export function poisonInputs(): Array<{ name: string; bytes: Buffer }> {
  const sample = demoPaxlst('PSN0000001');
  // 0xC3 0x28 is not UTF-8: a lead byte followed by no continuation byte.
  const withUtf8 = sample
    .toString('latin1')
    .replace('UNOA:4', 'UNOY:4')
    .replace('NAD+FL+++', 'NAD+FL+++\xc3\x28');
  const nul = Buffer.from(sample);
  for (let i = 40; i < nul.length; i += 97) nul[i] = 0;
  return [
    {
      // The interchange that ran the gateway out of memory: 2,000 UNH sharing one reference.
      name: 'unh-2000-one-reference',
      bytes: bytes(
        `${UNB('X')}UNH+1+PAXLST:D:05B:UN:IATA+DM100/261129/1015'` +
          "UNH+1+PAXLST:D:05B:UN:IATA'".repeat(2000) +
          "UNT+3+1'UNZ+1+X'",
      ),
    },
    { name: 'terminators-200k', bytes: bytes("'".repeat(200 * 1024)) },
    { name: 'separators-1m', bytes: bytes(`${UNB('SEP1')}${"+:'".repeat(350 * 1024)}`) },
    { name: 'truncated-half', bytes: sample.subarray(0, Math.floor(sample.length / 2)) },
    { name: 'nul-bytes', bytes: nul },
    { name: 'invalid-utf8-under-unoy', bytes: bytes(withUtf8) },
    {
      name: 'single-segment-5m',
      bytes: Buffer.concat([
        bytes(`${UNB('BIG1')}UNH+1+PAXLST:D:05B:UN:IATA'FTX+`),
        Buffer.alloc(5 * 1024 * 1024, 0x41),
      ]),
    },
    {
      name: 'empty-segments-100k',
      bytes: bytes(
        `${UNB('EMPTY1')}UNH+1+PAXLST:D:05B:UN:IATA'${"'".repeat(100000)}UNT+100002+1'UNZ+1+EMPTY1'`,
      ),
    },
    {
      name: 'components-1m',
      bytes: bytes(`${UNB('DEEP1')}UNH+1+PAXLST:D:05B:UN:IATA'FTX+${':'.repeat(1024 * 1024)}'`),
    },
    {
      name: 'release-chars-1m',
      bytes: bytes(`${UNB('REL1')}UNH+1+PAXLST:D:05B:UN:IATA'FTX+${'?'.repeat(1024 * 1024)}'`),
    },
    {
      // Counted wrong in UNZ, so that the run does not deliver 10,000 messages.
      name: 'messages-10000-unz-miscounted',
      bytes: bytes(
        `${UNB('MANY1')}${Array.from({ length: 10000 }, (_, k) => smallMessage(`M${k}`)).join('')}UNZ+1+MANY1'`,
      ),
    },
  ];
}
