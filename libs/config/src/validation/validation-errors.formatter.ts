import { ValidationError } from 'class-validator';
import { configProblem, describeSetting } from './config-problem';

/** class-validator's own wording for the two checks we do not write ourselves. */
const BUILT_IN: Readonly<Record<string, string>> = {
  nestedValidation: 'must be an object',
  unknownValue: 'must be an object',
};

function messageOf(constraints: Readonly<Record<string, string>>): string | undefined {
  const own = Object.entries(constraints).filter(([name]) => !(name in BUILT_IN));
  const [name, message] = own[0] ?? Object.entries(constraints)[0] ?? [];
  return name === undefined ? undefined : (BUILT_IN[name] ?? message);
}

/** Flattens class-validator's error tree into one sentence per bad setting. */
export function formatValidationErrors(
  errors: readonly ValidationError[],
  parent: readonly string[] = [],
): string[] {
  return errors.flatMap((error) => {
    const path = [...parent, error.property];
    const constraints = error.constraints ?? {};
    if ('whitelistValidation' in constraints) {
      return [`${describeSetting(path)} is not a known setting`];
    }
    const message = messageOf(constraints);
    if (message === undefined) {
      return formatValidationErrors(error.children ?? [], path);
    }
    // A value of the wrong shape: its parts would only repeat the same problem.
    return [configProblem(path, message, error.value)];
  });
}
