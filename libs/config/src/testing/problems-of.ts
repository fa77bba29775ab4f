import { ConfigError } from '../config.error';
import { loadConfig, LoadConfigOptions } from '../loading/load-config';

/** For specs: the problems loadConfig reports, failing when it reports none. */
export function problemsOf(options: LoadConfigOptions): readonly string[] {
  try {
    loadConfig(options);
  } catch (error) {
    if (error instanceof ConfigError) {
      return error.problems;
    }
    throw error;
  }
  throw new Error('expected a ConfigError');
}
