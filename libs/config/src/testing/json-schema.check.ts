import { JsonSchema, JsonType } from '../schema/json-schema';

// Just enough of JSON Schema (the keywords config/schema.json uses) to check a configuration
// file against it in a spec, without a validator package.

function typeOf(value: unknown): JsonType | 'number' {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value as JsonType;
}

function hasType(value: unknown, type: JsonType | JsonType[]): boolean {
  return (Array.isArray(type) ? type : [type]).includes(typeOf(value) as JsonType);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeOf(value) === 'object';
}

function scalarProblems(schema: JsonSchema, value: unknown): string[] {
  const problems: string[] = [];
  if (schema.type !== undefined && !hasType(value, schema.type)) {
    return [`is ${typeOf(value)}, not ${JSON.stringify(schema.type)}`];
  }
  if (schema.const !== undefined && value !== schema.const) problems.push(`is not ${schema.const}`);
  if (schema.enum !== undefined && !schema.enum.some((v) => v === value)) {
    problems.push(`is not one of ${schema.enum.join(', ')}`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) problems.push('is too small');
    if (schema.maximum !== undefined && value > schema.maximum) problems.push('is too large');
  }
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength) {
      problems.push('is too short');
    }
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) {
      problems.push(`does not match ${schema.pattern}`);
    }
  }
  return problems;
}

function objectProblems(schema: JsonSchema, value: Record<string, unknown>, at: string): string[] {
  const problems = (schema.required ?? [])
    .filter((key) => !(key in value))
    .map((key) => `${at}.${key}: is required`);
  for (const [key, item] of Object.entries(value)) {
    const known = schema.properties?.[key];
    const extra = schema.additionalProperties;
    if (schema.propertyNames !== undefined) {
      problems.push(...jsonSchemaProblems(schema.propertyNames, key, `${at}[key ${key}]`));
    }
    const itemSchema = known ?? (typeof extra === 'object' ? extra : undefined);
    if (itemSchema !== undefined) {
      problems.push(...jsonSchemaProblems(itemSchema, item, `${at}.${key}`));
    } else if (extra === false) {
      problems.push(`${at}.${key}: is not allowed`);
    }
  }
  return problems;
}

/** What is wrong with `value` under `schema`, one line each; none when it is valid. */
export function jsonSchemaProblems(schema: JsonSchema, value: unknown, at = '$'): string[] {
  if (schema.oneOf !== undefined) {
    const matching = schema.oneOf.filter((s) => jsonSchemaProblems(s, value, at).length === 0);
    return matching.length === 1 ? [] : [`${at}: matches ${matching.length} of oneOf`];
  }
  const problems = scalarProblems(schema, value).map((p) => `${at}: ${p}`);
  if (problems.length > 0) return problems;
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) {
      problems.push(`${at}: has too few items`);
    }
    const items = schema.items;
    if (items !== undefined) {
      value.forEach((item, i) => problems.push(...jsonSchemaProblems(items, item, `${at}[${i}]`)));
    }
  }
  if (isObject(value)) problems.push(...objectProblems(schema, value, at));
  return problems;
}
