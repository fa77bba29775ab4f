import { ValidateBy } from 'class-validator';

// Each decorator is one check with one message, so a bad value yields exactly one sentence that
// reads after its key: "gateway.port (PAXGATE_GATEWAY_PORT) must be an integer from 1 to 65535".

/**
 * What each check is given, kept with it in class-validator's metadata (`constraints`) so that
 * the JSON Schema generator (schema/config-schema.ts) can say the same thing in its own terms.
 */
export interface ConfigChecks {
  isIntegerInRange: [min: number, max: number | undefined];
  isNonEmptyString: [];
  isOneOf: [values: readonly string[]];
  isBooleanValue: [];
  isMatching: [pattern: RegExp];
  isSecret: [minLength: number];
  isUrlWithProtocol: [protocols: readonly string[]];
  isSettingsObject: [];
  isList: [];
  isListOf: [pattern: RegExp, nonEmpty: boolean];
  isCodeMap: [keys: RegExp, values: RegExp];
}
export type ConfigCheckName = keyof ConfigChecks;

function check<N extends ConfigCheckName>(
  name: N,
  constraints: ConfigChecks[N],
  message: string,
  test: (value: unknown) => boolean,
): PropertyDecorator {
  return ValidateBy({
    name,
    constraints,
    validator: { validate: test, defaultMessage: () => message },
  });
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function quoted(values: readonly string[]): string {
  return values.map((v) => `'${v}'`).join(', ');
}

export function IsIntegerInRange(min: number, max?: number): PropertyDecorator {
  const message =
    max === undefined
      ? `must be an integer of at least ${min}`
      : `must be an integer from ${min} to ${max}`;
  return check('isIntegerInRange', [min, max], message, (v) => {
    return (
      Number.isSafeInteger(v) && (v as number) >= min && (max === undefined || (v as number) <= max)
    );
  });
}

export function IsPort(): PropertyDecorator {
  return IsIntegerInRange(1, 65535);
}

/** A port to listen on: 0 lets the system pick a free one (tests, instances side by side). */
export function IsListenPort(): PropertyDecorator {
  return IsIntegerInRange(0, 65535);
}

export function IsNonEmptyString(): PropertyDecorator {
  return check('isNonEmptyString', [], 'must be a non-empty string', isNonEmptyString);
}

export function IsOneOf(values: readonly string[]): PropertyDecorator {
  return check('isOneOf', [values], `must be one of ${quoted(values)}`, (v) =>
    values.some((x) => x === v),
  );
}

export function IsBooleanValue(): PropertyDecorator {
  return check('isBooleanValue', [], 'must be true or false', (v) => typeof v === 'boolean');
}

/** `what` completes "must be ...", e.g. 'a carrier id of 1 to 35 letters, digits, - or _'. */
export function IsMatching(pattern: RegExp, what: string): PropertyDecorator {
  return check(
    'isMatching',
    [pattern],
    `must be ${what}`,
    (v) => typeof v === 'string' && pattern.test(v),
  );
}

export function IsSecret(minLength: number): PropertyDecorator {
  const message = `must be a string of at least ${minLength} characters`;
  return check(
    'isSecret',
    [minLength],
    message,
    (v) => typeof v === 'string' && v.length >= minLength,
  );
}

export function IsUrlWithProtocol(protocols: readonly string[]): PropertyDecorator {
  const schemes = protocols.map((p) => `${p}://`).join(' or ');
  return check('isUrlWithProtocol', [protocols], `must be a URL starting with ${schemes}`, (v) => {
    if (typeof v !== 'string' || !URL.canParse(v)) {
      return false;
    }
    const url = new URL(v);
    return protocols.includes(url.protocol.slice(0, -1)) && url.host !== '';
  });
}

/** For nested groups: class-validator's @ValidateNested lets a missing object pass. */
export function IsSettingsObject(): PropertyDecorator {
  return check('isSettingsObject', [], 'must be an object', (v) => {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  });
}

export function IsList(): PropertyDecorator {
  return check('isList', [], 'must be a list', (v) => Array.isArray(v));
}

/** A list of strings each matching `pattern`; `what` names one item, e.g. 'IATA airport codes'. */
export function IsListOf(
  pattern: RegExp,
  what: string,
  options: { nonEmpty?: boolean } = {},
): PropertyDecorator {
  const nonEmpty = options.nonEmpty ?? false;
  const message = `must be a ${nonEmpty ? 'non-empty ' : ''}list of ${what}`;
  return check('isListOf', [pattern, nonEmpty], message, (v) => {
    return (
      Array.isArray(v) &&
      (!nonEmpty || v.length > 0) &&
      v.every((item) => typeof item === 'string' && pattern.test(item))
    );
  });
}

/** An object whose keys and values both match patterns, e.g. airport code to country code. */
export function IsCodeMap(keys: RegExp, values: RegExp, what: string): PropertyDecorator {
  return check('isCodeMap', [keys, values], `must be an object mapping ${what}`, (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      return false;
    }
    return Object.entries(v).every(
      ([k, x]) => keys.test(k) && typeof x === 'string' && values.test(x),
    );
  });
}
