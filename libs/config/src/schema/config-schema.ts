import { getMetadataStorage, MetadataStorage, ValidationTypes } from 'class-validator';
import type { MetadataStorage as TypeMetadataStorage } from 'class-transformer/types/MetadataStorage';
import { configDefaults } from '../loading/config-defaults';
import { envVarName, GROUP_SHAPES, GroupName } from '../loading/config-keys';
import { PaxgateConfig } from '../paxgate.config';
import { BUILT_IN_CHECK_SCHEMAS, CHECK_SCHEMAS } from './check-schemas';
import { classDescription, propertyDescription } from './describe.decorator';
import { itemsOneOf, SettingsClass } from './items-one-of.decorator';
import { JsonSchema } from './json-schema';

// @Type's metadata lives in a storage that class-transformer's index does not export.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as {
  defaultMetadataStorage: TypeMetadataStorage;
};

/** Where `npm run config:schema` writes the schema, relative to the repository. */
export const CONFIG_SCHEMA_FILE = 'config/schema.json';

type Metadata = ReturnType<MetadataStorage['getTargetValidationMetadatas']>[number];

/** Keys in the order config/schema.json lists them within a node. */
const KEY_ORDER: readonly (keyof JsonSchema)[] = [
  '$schema',
  '$id',
  'title',
  'type',
  'const',
  'enum',
  'minimum',
  'maximum',
  'minLength',
  'pattern',
  'minItems',
  'description',
  'default',
  'additionalProperties',
  'propertyNames',
  'properties',
  'required',
  'items',
  'oneOf',
];

function ordered(schema: JsonSchema): JsonSchema {
  const entries = KEY_ORDER.filter((key) => schema[key] !== undefined).map((key) => [
    key,
    schema[key],
  ]);
  return Object.fromEntries(entries) as JsonSchema;
}

function isGroup(name: string | undefined): name is GroupName {
  return name !== undefined && Object.hasOwn(GROUP_SHAPES, name);
}

/** A key of a group merged key by key (gateway.port), which has a variable and a default. */
function isScalarKey(path: readonly string[]): boolean {
  return path.length === 2 && isGroup(path[0]) && GROUP_SHAPES[path[0]] === 'scalars';
}

/** Inside carriers, routing or polling: replaced as a whole, so its keys are required. */
function isReplacedWhole(path: readonly string[]): boolean {
  return isGroup(path[0]) && GROUP_SHAPES[path[0]] === 'json';
}

function environmentNote(path: readonly string[]): string {
  const [group, key] = path;
  if (isScalarKey(path)) return ` Environment: ${envVarName(group, key)}.`;
  const wholeGroup = path.length === 1 && isReplacedWhole(path);
  return wholeGroup ? ` Environment: ${envVarName(group)} (JSON).` : '';
}

function defaultOf(path: readonly string[]): unknown {
  if (!isScalarKey(path)) return undefined;
  const [group, key] = path;
  return (configDefaults() as unknown as Record<string, Record<string, unknown>>)[group][key];
}

/** Each property's checks, in class-validator's order (the class's own, then inherited ones). */
function checksByProperty(type: SettingsClass): Map<string, Metadata[]> {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(type, '', false, false);
  const byProperty = new Map<string, Metadata[]>();
  for (const m of metadata) {
    byProperty.set(m.propertyName, [...(byProperty.get(m.propertyName) ?? []), m]);
  }
  return byProperty;
}

function checkSchema(type: SettingsClass, property: string, check: Metadata): JsonSchema {
  const name = check.name ?? '';
  const constraints: unknown[] = check.constraints ?? [];
  if (Object.hasOwn(CHECK_SCHEMAS, name)) {
    const schemaOf = CHECK_SCHEMAS[name as keyof typeof CHECK_SCHEMAS];
    return (schemaOf as (...c: unknown[]) => JsonSchema)(...constraints);
  }
  const builtIn = BUILT_IN_CHECK_SCHEMAS[name];
  if (builtIn !== undefined) return builtIn();
  throw new Error(`${type.name}.${property}: no JSON Schema for the check '${name}'`);
}

function nestedClasses(type: SettingsClass, property: string): readonly SettingsClass[] {
  const oneOf = itemsOneOf(type, property);
  if (oneOf !== undefined) return oneOf;
  const typed = defaultMetadataStorage.findTypeMetadata(type, property);
  if (typed === undefined) {
    throw new Error(`${type.name}.${property} is validated as nested but names no @Type`);
  }
  return [typed.typeFunction() as SettingsClass];
}

function nullable(schema: JsonSchema): JsonSchema {
  const type = schema.type;
  return type === undefined || Array.isArray(type) ? schema : { ...schema, type: [type, 'null'] };
}

function propertySchema(
  type: SettingsClass,
  property: string,
  checks: readonly Metadata[],
  path: readonly string[],
): JsonSchema {
  let schema: JsonSchema = {};
  for (const check of checks) {
    if (check.type === ValidationTypes.CUSTOM_VALIDATION) {
      schema = { ...schema, ...checkSchema(type, property, check) };
    } else if (check.type === ValidationTypes.NESTED_VALIDATION) {
      const classes = nestedClasses(type, property).map((c) => settingsSchema(c, path));
      const one = classes.length === 1 ? classes[0] : { oneOf: classes };
      schema = check.each ? { ...schema, items: one } : { ...schema, ...one };
    } else if (check.type !== ValidationTypes.CONDITIONAL_VALIDATION) {
      throw new Error(`${type.name}.${property}: no JSON Schema for a '${check.type}' check`);
    }
  }
  const described = propertyDescription(type, property) ?? schema.description;
  if (described === undefined) {
    throw new Error(`${type.name}.${property} has no @Describe (config/schema.json needs one)`);
  }
  const optional = checks.some((c) => c.type === ValidationTypes.CONDITIONAL_VALIDATION);
  // In the groups merged key by key, null stands for "not set" (config/default.json lists them).
  if (optional && isScalarKey(path)) schema = nullable(schema);
  return ordered({
    ...schema,
    description: `${described}${environmentNote(path)}`,
    default: defaultOf(path),
  });
}

function settingsSchema(type: SettingsClass, path: readonly string[]): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const [property, checks] of checksByProperty(type)) {
    properties[property] = propertySchema(type, property, checks, [...path, property]);
    if (!checks.some((c) => c.type === ValidationTypes.CONDITIONAL_VALIDATION)) {
      required.push(property);
    }
  }
  return ordered({
    type: 'object',
    description: classDescription(type),
    additionalProperties: false,
    properties,
    required: isReplacedWhole(path) && required.length > 0 ? required : undefined,
  });
}

/**
 * config/schema.json, made from the settings classes: each key's type and bounds from its
 * checks (class-validator's metadata, with the constraints config.decorators.ts records),
 * nested groups from @Type (class-transformer's metadata) or @ItemsOneOf, words from
 * @Describe, the variable from config-keys.ts and the default from configDefaults().
 */
export function configSchema(): JsonSchema {
  const root = settingsSchema(PaxgateConfig, []);
  return ordered({
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://paxgate.example/config/schema.json',
    title: 'paxgate configuration',
    type: 'object',
    description: root.description,
    additionalProperties: false,
    properties: {
      $schema: { type: 'string', description: 'For editors; ignored by paxgate.' },
      ...root.properties,
    },
  });
}

/** The schema as the file holds it (`npm run config:schema` then lets Prettier lay it out). */
export function renderConfigSchema(): string {
  return `${JSON.stringify(configSchema(), null, 2)}\n`;
}
