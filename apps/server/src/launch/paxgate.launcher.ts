import { INestApplication, INestApplicationContext, LoggerService, LogLevel } from '@nestjs/common';
import { PkiMaterial } from '@app/carriers';
import { PaxgateConfig } from '@app/config';
import { mkdir } from 'node:fs/promises';
import { startConsoleRole } from '../console/console-role.starter';
import { startGatewayRole } from '../gateway/gateway-role.starter';
import { startWorkerRole } from '../worker/worker-role.context';
import { WorkerRoleThread } from '../worker/worker-role.thread';
import { probeJournalMigrated } from './journal.probe';
import { probeRedis } from './redis.probe';

export type Role = 'gateway' | 'worker' | 'console';
const DEFAULT_LOG: LogLevel[] = ['log', 'warn', 'error'];
export const ALL_ROLES: readonly Role[] = ['gateway', 'worker', 'console'];

export interface LaunchOptions {
  logger?: LoggerService | LogLevel[] | false;
  /**
   * The program's own file, which threads of this process are started from: the worker role's,
   * when it runs beside another (runWorkerRoleThread), and the inspection pool's
   * (runInspectionThread). Without it the worker role and inspections run on this thread.
   */
  threadScript?: string;
}

/** What a launch started; `close` stops every role, gateway first so no new work arrives. */
export interface Launched {
  config: PaxgateConfig;
  pki?: PkiMaterial;
  gatewayUrl?: string;
  consoleUrl?: string;
  /** The SFTP server's port, when the gateway runs one (sftp.port set; 0 picks a free one). */
  sftpPort?: number;
  close(): Promise<void>;
}

/**
 * Starts the chosen roles in this process: one command runs all of them on a single machine,
 * or each alone for running many of each (DESIGN: few deployables, roles by configuration).
 */
export async function launchPaxgate(
  config: PaxgateConfig,
  roles: readonly Role[],
  options: LaunchOptions = {},
): Promise<Launched> {
  await mkdir(config.data.dir, { recursive: true });
  await probeRedis(config.redis);
  await probeJournalMigrated(config.journal);
  const logger = options.logger ?? DEFAULT_LOG;
  const started: Array<INestApplication | INestApplicationContext | WorkerRoleThread> = [];
  const launched: Launched = {
    config,
    close: async () => {
      for (const app of started.reverse()) await app.close();
    },
  };
  try {
    if (roles.includes('worker') && roles.length > 1 && options.threadScript !== undefined) {
      // A logger object cannot cross into the thread; log levels can.
      const levels = Array.isArray(logger) || logger === false ? logger : DEFAULT_LOG;
      started.push(await WorkerRoleThread.start(config, options.threadScript, levels));
    } else if (roles.includes('worker')) {
      started.push(await startWorkerRole(config, logger, options.threadScript));
    }
    // Each role's application is closed with the rest if its start fails later (a port in
    // use), so a failed start leaves no handle.
    const track = (app: INestApplication) => started.push(app);
    if (roles.includes('console')) {
      launched.consoleUrl = (await startConsoleRole(config, logger, track)).url;
    }
    if (roles.includes('gateway')) {
      const gateway = await startGatewayRole(config, logger, options.threadScript, track);
      launched.gatewayUrl = gateway.url;
      launched.pki = gateway.pki;
      if (gateway.sftpPort !== undefined) launched.sftpPort = gateway.sftpPort;
    }
  } catch (error) {
    await launched.close();
    throw error;
  }
  return launched;
}
