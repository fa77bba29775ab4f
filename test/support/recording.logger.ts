import { LoggerService } from '@nestjs/common';

type Level = 'log' | 'error' | 'warn' | 'debug' | 'verbose' | 'fatal';

/** A Nest logger that keeps each line by level, for suites that assert what was logged. */
export class RecordingLogger implements LoggerService {
  readonly lines: Record<Level, string[]> = {
    log: [],
    error: [],
    warn: [],
    debug: [],
    verbose: [],
    fatal: [],
  };

  log(message: unknown): void {
    this.lines.log.push(String(message));
  }

  error(message: unknown, ...rest: unknown[]): void {
    this.lines.error.push([message, ...rest].map(String).join(' '));
  }

  warn(message: unknown): void {
    this.lines.warn.push(String(message));
  }

  debug(message: unknown): void {
    this.lines.debug.push(String(message));
  }

  verbose(message: unknown): void {
    this.lines.verbose.push(String(message));
  }

  fatal(message: unknown, ...rest: unknown[]): void {
    this.lines.fatal.push([message, ...rest].map(String).join(' '));
  }
}
