import { ConfigError, PaxgateConfig, loadConfig } from '@app/config';
import { launchPaxgate, LaunchOptions, Role } from './paxgate.launcher';
import { startBanner } from './start-banner';

/**
 * What `npm start` and each app's main do: read the configuration, start the roles, print the
 * banner, stop cleanly on SIGINT/SIGTERM. Returns the exit code for a failed start.
 */
export async function runFromCommandLine(
  roles: readonly Role[],
  options: Pick<LaunchOptions, 'threadScript'> = {},
): Promise<number> {
  let config: PaxgateConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  let launched;
  try {
    launched = await launchPaxgate(config, roles, options);
  } catch (error) {
    process.stderr.write(
      `paxgate: cannot start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
  const stop = () => {
    void launched.close().then(() => process.exit(0));
  };
  // Listening before the banner: whoever reads it may stop paxgate at once.
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  process.stdout.write(`${startBanner(launched)}\n`);
  return 0;
}
