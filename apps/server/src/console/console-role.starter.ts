import { INestApplication, LoggerService, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { PaxgateConfig } from '@app/config';
import { mountOpenApi } from '@app/operations';
import { listeningUrl } from '../launch/listening-url';
import { ConsoleModule } from './console.module';

/**
 * The operations role: status API, replay, health, metrics, OpenAPI. `started` hears of the
 * application as soon as it exists, so that a failed listen (a port in use) still closes it.
 */
export async function startConsoleRole(
  config: PaxgateConfig,
  logger: LoggerService | LogLevel[] | false,
  started: (app: INestApplication) => void,
): Promise<{ app: INestApplication; url: string }> {
  const app = await NestFactory.create(ConsoleModule.forRoot(config), { logger });
  started(app);
  mountOpenApi(app, 'docs');
  await app.listen(config.console.port, config.console.host);
  return { app, url: listeningUrl(app, 'http') };
}
