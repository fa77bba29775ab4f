// Test support: a structural validator for the subset of JSON Schema that PAXLST_JSON_SCHEMA_V1
// uses (its spec proves the schema uses nothing else). No validator package is installed.
import { PAXLST_JSON_SCHEMA_V1 } from '../json/paxlst-json.schema';

type Node = Record<string, unknown>;

export const SCHEMA_KEYWORDS = new Set(
  '$schema $id title description type additionalProperties required properties $defs items const enum pattern minimum $ref'.split(
    ' ',
  ),
);

const root = PAXLST_JSON_SCHEMA_V1 as unknown as Node;
const defs = root.$defs as Record<string, Node>;

function resolve(node: Node): [Node, string] {
  const ref = node.$ref;
  if (typeof ref !== 'string') return [node, ''];
  const name = ref.replace('#/$defs/', '');
  return [defs[name], name];
}

function typeOk(type: unknown, value: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    default:
      return type === undefined;
  }
}

/** Errors as `path: reason`; `seen` collects the schema properties (`def.prop`) the value used. */
function validate(
  schema: Node,
  value: unknown,
  path: string,
  where: string,
  seen: Set<string>,
): string[] {
  const [node, name] = resolve(schema);
  const at = name || where;
  const errors: string[] = [];
  if ('const' in node && value !== node.const) errors.push(`${path}: not ${String(node.const)}`);
  if (Array.isArray(node.enum) && !node.enum.includes(value)) {
    errors.push(`${path}: ${String(value)} not in enum`);
  }
  if (!typeOk(node.type, value)) return [...errors, `${path}: not ${String(node.type)}`];
  if (typeof node.pattern === 'string' && !new RegExp(node.pattern).test(value as string)) {
    errors.push(`${path}: pattern`);
  }
  if (typeof node.minimum === 'number' && (value as number) < node.minimum) {
    errors.push(`${path}: below minimum`);
  }
  if (Array.isArray(value) && node.items !== undefined) {
    value.forEach((item, i) =>
      errors.push(...validate(node.items as Node, item, `${path}[${i}]`, `${at}[]`, seen)),
    );
  }
  if (node.type !== 'object') return errors;
  const object = value as Node;
  const properties = (node.properties ?? {}) as Record<string, Node>;
  for (const key of (node.required ?? []) as string[]) {
    if (!(key in object)) errors.push(`${path}.${key}: required`);
  }
  for (const [key, item] of Object.entries(object)) {
    if (!(key in properties)) {
      if (node.additionalProperties === false) errors.push(`${path}.${key}: not allowed`);
      continue;
    }
    seen.add(`${at}.${key}`);
    errors.push(...validate(properties[key], item, `${path}.${key}`, `${at}.${key}`, seen));
  }
  return errors;
}

export function validateAgainst(value: unknown, seen: Set<string> = new Set()): string[] {
  return validate(root, value, '$', '$', seen);
}

export function schemaErrors(value: unknown): string[] {
  return validateAgainst(value);
}

function collect(node: Node, at: string, out: Set<string>): void {
  const items = node.items as Node | undefined;
  if (items !== undefined && items.$ref === undefined) collect(items, `${at}[]`, out);
  for (const [key, child] of Object.entries((node.properties ?? {}) as Record<string, Node>)) {
    out.add(`${at}.${key}`);
    if (child.$ref === undefined) collect(child, `${at}.${key}`, out);
  }
}

/** Every property the schema declares, named as `validateAgainst` records them. */
export function declaredProperties(): Set<string> {
  const out = new Set<string>();
  collect(root, '$', out);
  for (const [name, node] of Object.entries(defs)) collect(node, name, out);
  return out;
}
