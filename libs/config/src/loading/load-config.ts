import { resolve } from 'node:path';
import { ConfigError } from '../config.error';
import { PaxgateConfig } from '../paxgate.config';
import { describeSetting } from '../validation/config-problem';
import { validateConfig } from '../validation/config.validator';
import { AdminTokenStore } from './admin-token.store';
import { configDefaults } from './config-defaults';
import { envLayer } from './env.layer';
import { jsonFileLayer } from './json-file.layer';
import { mergeLayers } from './merge-layers';
import { resolvePaths } from './resolve-paths';

export const DEFAULT_CONFIG_FILE = 'config/default.json';
export const CONFIG_FILE_VARIABLE = 'PAXGATE_CONFIG_FILE';

export interface LoadConfigOptions {
  /** Defaults to process.env. */
  env?: NodeJS.ProcessEnv;
  /** Where config/default.json, PAXGATE_CONFIG_FILE and a relative data.dir are found; defaults to process.cwd(). */
  cwd?: string;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    Object.values(value).forEach(deepFreeze);
  }
  return value;
}

/**
 * Reads the configuration once, in order of precedence: built-in defaults, config/default.json,
 * the file named by PAXGATE_CONFIG_FILE, then PAXGATE_* variables. Throws ConfigError listing
 * every problem. Its one side effect: when no admin token is set, one is created in data.dir.
 */
export function loadConfig(options: LoadConfigOptions = {}): PaxgateConfig {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const named = env[CONFIG_FILE_VARIABLE]?.trim();
  const layers = [
    { source: 'built-in defaults', values: configDefaults(), problems: [] },
    jsonFileLayer(resolve(cwd, DEFAULT_CONFIG_FILE), { required: false }),
    ...(named
      ? [jsonFileLayer(resolve(cwd, named), { required: true, namedBy: CONFIG_FILE_VARIABLE })]
      : []),
    envLayer(env),
  ];
  const merged = mergeLayers(layers);
  const outcome = validateConfig(resolvePaths(merged.values, cwd));
  const problems = [...merged.problems, ...outcome.problems];
  if (outcome.config === undefined || problems.length > 0) {
    throw new ConfigError(problems);
  }
  const config = outcome.config;
  if (config.console.adminToken === undefined) {
    try {
      Object.assign(config.console, {
        adminToken: new AdminTokenStore(config.data.dir).readOrCreate(),
      });
    } catch (error) {
      throw new ConfigError([
        `${describeSetting(['console', 'adminToken'])} is not set and ${(error as Error).message}`,
      ]);
    }
  }
  return deepFreeze(config);
}
