import { INestApplicationContext, LoggerService, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { PaxgateConfig } from '@app/config';
import { WorkerModule } from './worker.module';

/** The worker role running: on the launcher's thread, or in a thread of its own. */
export function startWorkerRole(
  config: PaxgateConfig,
  logger: LoggerService | LogLevel[] | false,
  /** The program's own file, to start inspection threads from. */
  threadScript?: string,
): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(WorkerModule.forRoot(config, threadScript), {
    logger,
  });
}
