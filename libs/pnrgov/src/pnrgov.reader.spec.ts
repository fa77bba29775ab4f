import fc from 'fast-check';
import { EdifactMessage, readInterchange, Segment } from '@app/edifact';
import { checkAgainstSchema } from './json/json-schema.checker';
import { toPnrgovJson } from './json/pnrgov-json.mapper';
import { PNRGOV_JSON_SCHEMA_V1 } from './json/pnrgov-json.schema';
import { readPnrgov } from './pnrgov.reader';
import { PNRGOV_TAGS } from './structure/pnrgov-code-lists';
import { withoutMessage } from './testing/finding.expectations';
import { LEVEL_ZERO, ONE_PNR, pnrgovMessage } from './testing/pnrgov-message.fixture';

const now = new Date('2026-11-01T00:00:00Z');
const TAGS = [...PNRGOV_TAGS, 'XYZ', 'NAD'];
const srcCount = (message: EdifactMessage) =>
  message.segments.filter((s) => s.tag === 'SRC').length;

const arbitrarySegment = fc.record({
  tag: fc.constantFrom(...TAGS),
  elements: fc.array(
    fc.array(
      fc.oneof(
        fc.constantFrom(
          '',
          '22',
          '141',
          '1',
          'HK',
          'DOCS',
          'SEAT',
          '281126',
          '1015',
          '1505',
          'FRA',
          '/P/D/1',
          'CTCE A//B.C',
        ),
        fc.string(),
      ),
      { maxLength: 10 },
    ),
    { maxLength: 8 },
  ),
});

/** A message of random segments, with or without UNH/UNT, as no reader would ever produce and some sender will. */
const arbitraryMessage = fc
  .record({
    unh: fc.boolean(),
    unt: fc.boolean(),
    body: fc.array(arbitrarySegment, { maxLength: 60 }),
  })
  .map(({ unh, unt, body }) => {
    const raw = [
      ...(unh ? [{ tag: 'UNH', elements: [['1'], ['PNRGOV', '11', '1', 'IA']] }] : []),
      ...body,
      ...(unt ? [{ tag: 'UNT', elements: [['9'], ['1']] }] : []),
    ];
    const segments: Segment[] = raw.map((s, index) => ({ ...s, index, offset: index * 10 }));
    return {
      reference: '1',
      type: 'PNRGOV',
      version: '11',
      release: '1',
      agency: 'IA',
      association: '',
      accessReference: '',
      segments,
    } satisfies EdifactMessage;
  });

/** A full push of about `bytes` bytes: one PNR with two passengers, docs, contacts, tickets, flights, seats and bags, repeated. */
function largePush(bytes: number): Buffer {
  const pnr = (i: number) => [
    'SRC',
    `RCI+LH:Q${i}::011026:1200`,
    'DAT+700:011026:1200',
    'ORG+LH:FRA+12345678:DE+++A+DE:EUR',
    `ADD++700:${i} MAIN ST:FRANKFURT::DE:60311:+4969123`,
    `TIF+PAX${i}+ANNA MRS:A:1`,
    'FTI+LH:992000001',
    `IFT+4:28::LH+CTCE PAX${i}//EXAMPLE.COM`,
    'REF+:1',
    `SSR+DOCS:HK:1:LH:::::/P/DEU/C${i}/DEU/12JUN80/F/01JAN30/PAX${i}/ANNA`,
    `TKT+220${i}:T:1`,
    'MON+T:910.50:EUR',
    'DAT+710:011026',
    'FOP+CC:::VI:XXXX1111:1230',
    `TIF+PAX${i}+JOHN MR:A:2`,
    `SSR+DOCS:HK:1:LH:::::/P/DEU/D${i}/DEU/01JAN79/M/01JAN31/PAX${i}/JOHN`,
    'TVL+281126:1015:281126:1320+FRA+JFK+LH+400:Y',
    'RPI+2+HK',
    'APD+744',
    'SSR+SEAT:HK:2:LH:::FRA:JFK+12A::1+12B::2',
    'DAT+2:281126:0900',
    'TRI++1:::1',
    `TIF+PAX${i}+ANNA MRS:A:1`,
    'SSD+012A',
    'TBD++1:23:700+++LH:0220000001:1:JFK',
    'TRI++2:::2',
    `TIF+PAX${i}+JOHN MR:A:2`,
    'SSD+012B',
    'ABI+1+:FRARR+FRA++LH',
    'DAT+ZT:011026:1010',
    'SAC+++A',
    'SSR+AVML:HK:1:LH',
  ];
  const perPnr = pnr(0).join("'").length + 1;
  const count = Math.floor(bytes / perPnr);
  const body = [
    'MSG+:22',
    'ORG+LH:FRA',
    'TVL+281126:1015:281126:1320+FRA+JFK+LH+400',
    `EQN+${count}`,
  ];
  for (let i = 0; i < count; i++) body.push(...pnr(i));
  const segments = [
    'UNB+IATA:1+LH+PIU+261128:0900+1',
    'UNH+1+PNRGOV:11:1:IA+LH400',
    ...body,
    `UNT+${body.length + 2}+1`,
    'UNZ+1+1',
  ];
  return Buffer.from(`${segments.join("'")}'`, 'latin1');
}

describe(readPnrgov.name, () => {
  it('never throws, and gives one PNR per SRC and schema-conforming JSON, whatever the segments', () => {
    fc.assert(
      fc.property(arbitraryMessage, (message) => {
        const { push, findings } = readPnrgov(message, { now });
        expect(push.pnrs).toHaveLength(srcCount(message));
        expect(findings.every((f) => f.rule.startsWith('pnrgov.'))).toBe(true);
        expect(findings.some((f) => f.rule === 'pnrgov.unreadable')).toBe(false);
        expect(checkAgainstSchema(toPnrgovJson(push), PNRGOV_JSON_SCHEMA_V1)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('falls back to one empty PNR per SRC and a rejection (18) if reading ever fails', () => {
    const message = pnrgovMessage([...LEVEL_ZERO, ...ONE_PNR, ...ONE_PNR]);
    const broken: EdifactMessage = {
      ...message,
      segments: message.segments.map((s) =>
        s.tag === 'TVL' ? { ...s, elements: null as unknown as string[][] } : s,
      ),
    };
    const { push, findings } = readPnrgov(broken, { now });
    expect(push.pnrs).toHaveLength(2);
    expect(findings.map(withoutMessage)).toEqual([
      {
        kind: 'syntax',
        level: 'message',
        code: '18',
        rule: 'pnrgov.unreadable',
        location: {
          tag: 'UNH',
          segmentIndex: 1,
          messageReference: '1',
          groupReference: undefined,
          position: 1,
        },
      },
    ]);
  });

  it('reads a 5 MB push in linear time', () => {
    const small = readInterchange(largePush(512 * 1024)).messages[0];
    const large = readInterchange(largePush(5 * 1024 * 1024)).messages[0];
    const time = (message: EdifactMessage) => {
      const start = process.hrtime.bigint();
      const reading = readPnrgov(message, { now });
      return { ms: Number(process.hrtime.bigint() - start) / 1e6, reading };
    };
    time(small);
    const a = time(small);
    const b = time(large);
    expect(b.reading.push.pnrs).toHaveLength(srcCount(large));
    expect(b.reading.findings).toEqual([]);
    // Ten times the input may take at most about ten times as long (with room for a noisy machine).
    expect(b.ms).toBeLessThan(Math.max(30 * a.ms, 3000));
  });
});
