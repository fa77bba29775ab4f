import { INestApplication, LoggerService, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DevelopmentPki, PkiMaterial } from '@app/carriers';
import { MqChannelServer, mqChannelEnabled, SftpInboxServer } from '@app/channels';
import { PaxgateConfig } from '@app/config';
import type { Server as HttpsServer } from 'node:https';
import { join } from 'node:path';
import { listeningUrl } from '../launch/listening-url';
import { connectionTimeouts } from './connection-timeouts.options';
import { GatewayModule } from './gateway.module';
import { refuseRenegotiation, TLS_HARDENING } from './tls-hardening.options';

export interface GatewayRole {
  app: INestApplication;
  pki: PkiMaterial;
  url: string;
  /** The SFTP server's port, when it runs one (sftp.port set; 0 picks a free one). */
  sftpPort?: number;
}

/**
 * The carrier-facing role: HTTPS with mutual TLS, the SFTP server, the MQ consumers. `started`
 * hears of the application as soon as it exists, so that a failed listen still closes it.
 */
export async function startGatewayRole(
  config: PaxgateConfig,
  logger: LoggerService | LogLevel[] | false,
  threadScript: string | undefined,
  started: (app: INestApplication) => void,
): Promise<GatewayRole> {
  const pki = await DevelopmentPki.ensure(join(config.data.dir, 'pki'));
  const app = await NestFactory.create(GatewayModule.forRoot(config, threadScript), {
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
  });
  started(app);
  refuseRenegotiation(app.getHttpServer() as HttpsServer);
  await app.listen(config.gateway.port, config.gateway.host);
  const role: GatewayRole = { app, pki, url: listeningUrl(app, 'https') };
  if (config.sftp.port !== undefined) role.sftpPort = app.get(SftpInboxServer).port;
  if (mqChannelEnabled(config)) {
    // After listen: the carriers are in the journal (bootstrap) before a message is taken.
    // app.close() closes it before the journal's shutdown hook, so in-flight messages finish.
    app.connectMicroservice({ strategy: app.get(MqChannelServer) });
    await app.startAllMicroservices();
  }
  return role;
}
