import { JsonSchemaNode, JsonType } from './json-schema.types';

/**
 * Checks a value against the JSON Schema subset in `JsonSchemaNode` (type, const, enum, pattern,
 * minimum, properties, required, additionalProperties, items, anyOf, local $ref). Returns one
 * line per violation, with its JSON path; none means the value conforms. No validator package:
 * this is what the published schemas need and no more.
 */
export function checkAgainstSchema(
  value: unknown,
  schema: JsonSchemaNode,
  root: JsonSchemaNode = schema,
  path = '$',
): string[] {
  if (schema.$ref !== undefined) {
    return checkAgainstSchema(value, resolve(schema.$ref, root), root, path);
  }
  if (schema.anyOf !== undefined) {
    const failures = schema.anyOf.map((s) => checkAgainstSchema(value, s, root, path));
    return failures.some((f) => f.length === 0)
      ? []
      : [`${path}: matches none of anyOf (${failures.map((f) => f[0]).join('; ')})`];
  }
  const problems: string[] = [];
  if (schema.const !== undefined && value !== schema.const) {
    problems.push(`${path}: expected ${JSON.stringify(schema.const)}`);
  }
  if (schema.enum !== undefined && !schema.enum.includes(value as string | null)) {
    problems.push(`${path}: ${JSON.stringify(value)} not in enum`);
  }
  if (schema.type !== undefined) {
    const types: readonly JsonType[] =
      typeof schema.type === 'string' ? [schema.type] : schema.type;
    if (!types.some((t) => isOfType(value, t))) {
      return [...problems, `${path}: expected ${types.join(' or ')}, got ${JSON.stringify(value)}`];
    }
  }
  if (
    typeof value === 'string' &&
    schema.pattern !== undefined &&
    !compiled(schema.pattern).test(value)
  ) {
    problems.push(`${path}: '${value}' does not match ${schema.pattern}`);
  }
  if (typeof value === 'number' && schema.minimum !== undefined && value < schema.minimum) {
    problems.push(`${path}: ${value} < ${schema.minimum}`);
  }
  if (Array.isArray(value) && schema.items !== undefined) {
    value.forEach((item, i) =>
      problems.push(
        ...checkAgainstSchema(item, schema.items as JsonSchemaNode, root, `${path}[${i}]`),
      ),
    );
  }
  if (isObject(value)) problems.push(...checkObject(value, schema, root, path));
  return problems;
}

function checkObject(
  value: Record<string, unknown>,
  schema: JsonSchemaNode,
  root: JsonSchemaNode,
  path: string,
): string[] {
  const problems: string[] = [];
  for (const key of schema.required ?? []) {
    if (!(key in value)) problems.push(`${path}.${key}: required`);
  }
  for (const [key, item] of Object.entries(value)) {
    const property = schema.properties?.[key];
    if (property !== undefined) {
      problems.push(...checkAgainstSchema(item, property, root, `${path}.${key}`));
    } else if (schema.additionalProperties === false) problems.push(`${path}.${key}: not allowed`);
  }
  return problems;
}

function resolve(ref: string, root: JsonSchemaNode): JsonSchemaNode {
  const name = ref.startsWith('#/$defs/') ? ref.slice('#/$defs/'.length) : undefined;
  const target = name === undefined ? undefined : root.$defs?.[name];
  if (target === undefined) throw new Error(`Unresolvable $ref ${ref}`);
  return target;
}

const patterns = new Map<string, RegExp>();
const compiled = (pattern: string): RegExp => {
  let regex = patterns.get(pattern);
  if (regex === undefined) patterns.set(pattern, (regex = new RegExp(pattern, 'u')));
  return regex;
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isOfType(value: unknown, type: JsonType): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isObject(value);
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'string':
    case 'boolean':
      return typeof value === type;
  }
}
