import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Type } from '@nestjs/common';
import { JobsConfig } from '@app/config';
import { WorkerOptions } from 'bullmq';

/**
 * `@Processor` fixes a worker's options when the class is declared, but lock timing comes from
 * configuration. This declares a subclass per module with the configured options, leaving the
 * processor class itself (and every other module that uses it) untouched.
 */
export function configuredProcessor<T extends WorkerHost>(
  host: Type<T>,
  queue: string,
  jobs: JobsConfig,
  options: Omit<WorkerOptions, 'connection'> = {},
): Type<T> {
  // Declared abstract only because TypeScript cannot see that `host` implements `process`.
  abstract class Configured extends host {}
  Object.defineProperty(Configured, 'name', { value: host.name });
  Processor(queue, {
    ...options,
    lockDuration: jobs.lockMs,
    stalledInterval: jobs.stalledCheckMs,
    concurrency: jobs.concurrency,
  })(Configured);
  return Configured as unknown as Type<T>;
}
