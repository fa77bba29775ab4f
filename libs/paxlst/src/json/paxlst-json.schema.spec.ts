import { read } from '../testing/paxlst-message.fixture';
import { toPaxlstJson } from './paxlst-json.mapper';
import { PAXLST_JSON_SCHEMA_V1 } from './paxlst-json.schema';
import {
  SCHEMA_KEYWORDS,
  declaredProperties,
  schemaErrors,
  validateAgainst,
} from '../testing/schema-subset.validator';

const root = PAXLST_JSON_SCHEMA_V1 as unknown as Record<string, unknown>;

const RICH = [
  'BGM+745+CP',
  'RFF+TN:TX1',
  'NAD+MS+++SABRE CENTRAL',
  'CTA+IC+:PAT',
  'COM+918-833-3535:TE',
  'TDT+20+LH400+++LH',
  'LOC+125+FRA',
  'DTM+189:2606011000:201',
  'LOC+87+JFK',
  'DTM+232:2606011300:201',
  'LOC+130+SFO',
  'NAD+FL+++DOE:JANE:MARY',
  'ATT+2++F',
  'DTM+329:800101',
  'MEA+CT++2',
  'MEA+WT++KGM:23.5',
  'FTX+BAG+++LH123456:2',
  'LOC+22+JFK',
  'LOC+174+DEU',
  'LOC+178+FRA',
  'LOC+179+SFO',
  'LOC+180+:::BERLIN',
  'COM+555-1212:TE',
  'EMP+1+CR1:110:111',
  'GEI+4+173',
  'NAT+2+DEU',
  'RFF+AVF:ABC123',
  'RFF+SEA:12A',
  'DOC+P+C01X00T47',
  'DTM+36:300101',
  'DTM+182:200101',
  'LOC+91+DEU',
  'CNT+42:1',
  'CNT+41:0',
];

describe('PAXLST_JSON_SCHEMA_V1', () => {
  it('uses only keywords the structural check understands', () => {
    const unknown: string[] = [];
    const walk = (node: unknown, inProperties: boolean): void => {
      if (typeof node !== 'object' || node === null || Array.isArray(node)) return;
      for (const [key, child] of Object.entries(node)) {
        if (!inProperties && !SCHEMA_KEYWORDS.has(key)) unknown.push(key);
        walk(child, !inProperties && (key === 'properties' || key === '$defs'));
      }
    };
    walk(root, false);
    expect(unknown).toEqual([]);
    expect(root.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('describes the JSON exactly: a full manifest validates and uses every declared property', () => {
    const json = toPaxlstJson(read(RICH, 'UNH+M1+PAXLST:D:05B:UN:IATA+ACC1+01:C').manifest);
    const seen = new Set<string>();
    expect(validateAgainst(json, seen)).toEqual([]);
    expect([...declaredProperties()].filter((p) => !seen.has(p))).toEqual([]);
  });

  it('rejects what it does not describe', () => {
    const json = toPaxlstJson(read(RICH).manifest);
    expect(schemaErrors({ ...json, extra: 1 })).toEqual(['$.extra: not allowed']);
    expect(schemaErrors({ ...json, schema: 'paxgate.paxlst/2' })).toEqual([
      '$.schema: not paxgate.paxlst/1',
    ]);
    expect(schemaErrors({ ...json, legs: undefined })).toEqual(['$.legs: not array']);
    const [traveller] = json.travellers;
    expect(schemaErrors({ ...json, travellers: [{ ...traveller, sex: 'Q' }] })).toEqual([
      '$.travellers[0].sex: Q not in enum',
    ]);
    expect(
      schemaErrors({ ...json, travellers: [{ ...traveller, birthDate: '1980-1-1' }] }),
    ).toEqual(['$.travellers[0].birthDate: pattern']);
  });
});
