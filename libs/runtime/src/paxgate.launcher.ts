import { INestApplication, INestApplicationContext, LoggerService, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DevelopmentPki, PkiMaterial } from '@app/carriers';
import { MqChannelServer, mqChannelEnabled, SftpInboxServer } from '@app/channels';
import { PaxgateConfig } from '@app/config';
import { mountOpenApi } from '@app/operations';
import { mkdir } from 'node:fs/promises';
import type { Server as HttpsServer } from 'node:https';
import { AddressInfo, Server } from 'node:net';
import { join } from 'node:path';
import { connectionTimeouts } from './connection-timeouts.options';
import { ConsoleModule } from './console.module';
import { GatewayModule } from './gateway.module';
import { probeRedis } from './redis.probe';
import { refuseRenegotiation, TLS_HARDENING } from './tls-hardening.options';
import { startWorkerRole } from './worker-role.context';
import { WorkerRoleThread } from './worker-role.thread';

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

function urlOf(app: INestApplication, scheme: 'http' | 'https'): string {
  const address = (app.getHttpServer() as Server).address() as AddressInfo;
  const host =
    address.family === 'IPv6'
      ? `[${address.address === '::' ? '::1' : address.address}]`
      : address.address === '0.0.0.0'
        ? '127.0.0.1'
        : address.address;
  return `${scheme}://${host}:${address.port}`;
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
    if (roles.includes('console')) {
      const console = await NestFactory.create(ConsoleModule.forRoot(config), { logger });
      // Closed with the rest if listen fails (a port in use), so a failed start leaves no handle.
      started.push(console);
      mountOpenApi(console, 'docs');
      await console.listen(config.console.port, config.console.host);
      launched.consoleUrl = urlOf(console, 'http');
    }
    if (roles.includes('gateway')) {
      const pki = await DevelopmentPki.ensure(join(config.data.dir, 'pki'));
      const gateway = await NestFactory.create(
        GatewayModule.forRoot(config, options.threadScript),
        {
          logger,
          bodyParser: false,
          // Mutual TLS: a client without a certificate from the carriers' CA is refused at TLS.
          httpsOptions: {
            key: pki.server.keyPem,
            cert: pki.server.certPem,
            ca: [pki.ca.certPem],
            requestCert: true,
            rejectUnauthorized: true,
            ...TLS_HARDENING,
            // Headers, a whole request and idle keep-alive: a slow client cannot hold a connection.
            ...connectionTimeouts(config.gateway),
          },
        },
      );
      started.push(gateway);
      refuseRenegotiation(gateway.getHttpServer() as HttpsServer);
      await gateway.listen(config.gateway.port, config.gateway.host);
      launched.gatewayUrl = urlOf(gateway, 'https');
      launched.pki = pki;
      if (config.sftp.port !== undefined) launched.sftpPort = gateway.get(SftpInboxServer).port;
      if (mqChannelEnabled(config)) {
        // After listen: the carriers are in the journal (bootstrap) before a message is taken.
        // gateway.close() closes it before the journal's shutdown hook, so in-flight messages finish.
        gateway.connectMicroservice({ strategy: gateway.get(MqChannelServer) });
        await gateway.startAllMicroservices();
      }
    }
  } catch (error) {
    await launched.close();
    throw error;
  }
  return launched;
}
