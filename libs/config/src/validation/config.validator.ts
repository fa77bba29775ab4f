import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { PaxgateConfig } from '../paxgate.config';
import { consistencyProblems } from './config-consistency';
import { formatValidationErrors } from './validation-errors.formatter';

export type ValidationOutcome =
  | { readonly config: PaxgateConfig; readonly problems: readonly [] }
  | { readonly config?: undefined; readonly problems: readonly string[] };

/** null means "not set" (so a file can list an optional key without giving it a value). */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(withoutNulls);
  }
  if (typeof value !== 'object' || value === null) {
    return value;
  }
  const kept = Object.entries(value).filter(([, v]) => v !== null);
  return Object.fromEntries(kept.map(([k, v]) => [k, withoutNulls(v)]));
}

/**
 * Checks the merged settings against the group classes. Unknown keys are errors (a typo must not
 * silently fall back to a default); cross-key rules then run on the groups that passed.
 */
export function validateConfig(values: Record<string, unknown>): ValidationOutcome {
  const config = plainToInstance(PaxgateConfig, withoutNulls(values));
  const errors = validateSync(config, {
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: true },
  });
  const invalidGroups = new Set(errors.map((e) => e.property));
  const problems = [
    ...formatValidationErrors(errors),
    ...consistencyProblems(config, invalidGroups),
  ];
  return problems.length === 0 ? { config, problems: [] } : { problems };
}
