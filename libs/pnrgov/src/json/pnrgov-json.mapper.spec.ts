import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readInterchange } from '@app/edifact';
import { readPnrgov } from '../pnrgov.reader';
import { NOW } from '../testing/pnrgov-message.fixture';
import { checkAgainstSchema } from './json-schema.checker';
import { JsonSchemaNode } from './json-schema.types';
import { toPnrgovJson } from './pnrgov-json.mapper';
import { PNRGOV_JSON_SCHEMA_V1 } from './pnrgov-json.schema';

const CORPUS = join(__dirname, '../../../../test/fixtures/corpus/US-CBP__GTAS');
const FILES = [
  '2_pnrs_basic.edi',
  '3_pnrs.edi',
  'adult_and_infant.edi',
  'no_pnr_history.edi',
  'pnr_split.edi',
  'modifyPnr77ForCodeShare.txt',
  'pnrMessagePg75.txt',
  'pnrWithBags.txt',
  'pnrWithDoco.txt',
];

const pushOf = (file: string) =>
  readPnrgov(readInterchange(readFileSync(join(CORPUS, file))).messages[0], { now: NOW }).push;

/** The JSON with its nulls removed, to compare with the model (whose absent values are simply absent). */
function dropNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropNulls);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => [k, dropNulls(v)]),
  );
}

describe(toPnrgovJson.name, () => {
  it.each(FILES)('writes JSON that conforms to the published schema: %s', (file) => {
    const json = toPnrgovJson(pushOf(file));
    expect(json.schema).toBe('paxgate.pnrgov/1');
    expect(checkAgainstSchema(json, PNRGOV_JSON_SCHEMA_V1)).toEqual([]);
  });

  it.each(FILES)('loses nothing of the model, and survives JSON text unchanged: %s', (file) => {
    const push = pushOf(file);
    const json = toPnrgovJson(push);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    const content: Partial<typeof json> = { ...json };
    delete content.schema;
    expect(dropNulls(content)).toEqual(JSON.parse(JSON.stringify(push)));
  });
});

describe('PNRGOV_JSON_SCHEMA_V1', () => {
  it('is a draft 2020-12 schema whose every object is closed and requires all its properties', () => {
    expect(PNRGOV_JSON_SCHEMA_V1.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const objects: JsonSchemaNode[] = [];
    const visit = (node: JsonSchemaNode) => {
      if (node.properties !== undefined) objects.push(node);
      Object.values(node.properties ?? {}).forEach(visit);
      Object.values(node.$defs ?? {}).forEach(visit);
      (node.anyOf ?? []).forEach(visit);
      if (node.items !== undefined) visit(node.items);
    };
    visit(PNRGOV_JSON_SCHEMA_V1);
    expect(objects.length).toBeGreaterThan(20);
    for (const node of objects) {
      expect(node.additionalProperties).toBe(false);
      expect([...(node.required ?? [])].sort()).toEqual(Object.keys(node.properties ?? {}).sort());
    }
  });

  it('is checked for real: a missing key, an extra key, a wrong type, a bad date and an unknown enum value all fail', () => {
    const json = JSON.parse(JSON.stringify(toPnrgovJson(pushOf('2_pnrs_basic.edi')))) as {
      expectedPnrs: unknown;
      message: Record<string, unknown>;
      flight: Record<string, unknown>;
      pnrs: Record<string, unknown>[];
    };
    delete json.pnrs[0].cancelled;
    json.pnrs[1].extra = 1;
    json.expectedPnrs = '2';
    json.flight.departure = '12/12/2010';
    json.message.function = 'partial';
    expect(checkAgainstSchema(json, PNRGOV_JSON_SCHEMA_V1)).toEqual([
      '$.message.function: "partial" not in enum',
      expect.stringContaining(
        "$.flight: matches none of anyOf ($.flight.departure: '12/12/2010' does not match",
      ),
      '$.expectedPnrs: expected integer or null, got "2"',
      '$.pnrs[0].cancelled: required',
      '$.pnrs[1].extra: not allowed',
    ]);
  });
});
