import { ConfigLayer } from './config-layer';
import { envVarName, JSON_GROUPS, SCALAR_KEYS, ScalarKind } from './config-keys';

/**
 * Only whole integers and 'true' or 'false' are converted, so 'abc', '1.5' or 'yes' reach
 * validation and are reported as given.
 */
function convert(raw: string, kind: ScalarKind): unknown {
  switch (kind) {
    case 'integer':
      return /^[+-]?\d+$/.test(raw) ? Number(raw) : raw;
    case 'boolean':
      return raw === 'true' || raw === 'false' ? raw === 'true' : raw;
    case 'string':
      return raw;
  }
}

/**
 * The environment layer: PAXGATE_<GROUP>_<KEY> for scalar keys, PAXGATE_<GROUP> (JSON) for the
 * carriers and routing groups. Values are trimmed; an empty variable counts as unset, except
 * PAXGATE_CARRIERS, which is then an error.
 */
export function envLayer(env: NodeJS.ProcessEnv): ConfigLayer {
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [group, keys] of Object.entries<Readonly<Record<string, ScalarKind>>>(SCALAR_KEYS)) {
    const settings: Record<string, unknown> = {};
    for (const [key, kind] of Object.entries(keys)) {
      const raw = env[envVarName(group, key)]?.trim();
      if (raw) {
        settings[key] = convert(raw, kind);
      }
    }
    if (Object.keys(settings).length > 0) {
      values[group] = settings;
    }
  }
  for (const group of JSON_GROUPS) {
    const name = envVarName(group);
    const raw = env[name]?.trim();
    // Set but empty (a template that filled in nothing) must not admit the default demo carrier.
    if (raw === '' && group === 'carriers') {
      problems.push(`${group} (${name}) is set but empty; it must be a JSON list of carriers`);
    }
    if (!raw) {
      continue;
    }
    try {
      values[group] = JSON.parse(raw);
    } catch (error) {
      problems.push(`${group} (${name}) must be JSON: ${(error as Error).message}`);
    }
  }
  return { source: 'environment', values, problems };
}
