import { ConfigCheckName, ConfigChecks } from '../validation/config.decorators';
import { JsonSchema } from './json-schema';

/** '^(amqp|amqps)://' for ['amqp', 'amqps']. */
function schemePattern(protocols: readonly string[]): string {
  return `^(${protocols.join('|')})://`;
}

/**
 * Each check of config.decorators.ts in JSON Schema's terms, from the constraints it was given.
 * The mapped type makes a check added there fail to compile here until it has its schema.
 */
export const CHECK_SCHEMAS: {
  readonly [N in ConfigCheckName]: (...constraints: ConfigChecks[N]) => JsonSchema;
} = {
  isIntegerInRange: (minimum, maximum) => ({
    type: 'integer',
    minimum,
    ...(maximum !== undefined ? { maximum } : {}),
  }),
  isNonEmptyString: () => ({ type: 'string', minLength: 1 }),
  isOneOf: (values) =>
    values.length === 1 ? { const: values[0] } : { type: 'string', enum: [...values] },
  isBooleanValue: () => ({ type: 'boolean' }),
  isMatching: (pattern) => ({ type: 'string', pattern: pattern.source }),
  isSecret: (minLength) => ({ type: 'string', minLength }),
  isUrlWithProtocol: (protocols) => ({ type: 'string', pattern: schemePattern(protocols) }),
  isSettingsObject: () => ({ type: 'object' }),
  isList: () => ({ type: 'array' }),
  isListOf: (pattern, nonEmpty) => ({
    type: 'array',
    ...(nonEmpty ? { minItems: 1 } : {}),
    items: { type: 'string', pattern: pattern.source },
  }),
  isCodeMap: (keys, values) => ({
    type: 'object',
    propertyNames: { pattern: keys.source },
    additionalProperties: { type: 'string', pattern: values.source },
  }),
};

/** class-validator's own checks that the settings classes use. */
export const BUILT_IN_CHECK_SCHEMAS: Readonly<Record<string, () => JsonSchema>> = {
  isString: () => ({ type: 'string' }),
};
