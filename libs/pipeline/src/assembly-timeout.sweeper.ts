import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { ASSEMBLY_CONFIG, AssemblyConfig } from '@app/config';
import { Assembly, AssemblyRepository, MessageRepository, missingParts } from '@app/journal';
import { PeriodicPassRunner } from './periodic-pass.runner';

/**
 * Closes sets whose parts stopped coming: past the timeout (from the first part) a set becomes
 * incomplete, with a finding naming what is missing, and waits for a technician to force it.
 */
@Injectable()
export class AssemblyTimeoutSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AssemblyTimeoutSweeper.name);
  private readonly runner = new PeriodicPassRunner((now) => this.sweep(now));

  constructor(
    private readonly assemblies: AssemblyRepository,
    private readonly messages: MessageRepository,
    @Inject(ASSEMBLY_CONFIG) private readonly config: AssemblyConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.runner.start(this.config.sweepIntervalMs);
  }

  onApplicationShutdown(): Promise<void> {
    return this.runner.stop();
  }

  /** One pass; returns how many sets it closed. Overlapping calls share a pass. */
  sweepOnce(now: Date = new Date()): Promise<number> {
    return this.runner.runOnce(now);
  }

  private async sweep(now: Date): Promise<number> {
    try {
      let closed = 0;
      for (const assembly of await this.assemblies.overdue(now)) {
        if (await this.close(assembly, now)) closed++;
      }
      return closed;
    } catch (error) {
      this.logger.warn(`assembly sweep failed, will retry: ${String(error)}`);
      return 0;
    }
  }

  private async close(assembly: Assembly, now: Date): Promise<boolean> {
    const parts = await this.assemblies.parts(assembly.id);
    const numbers = parts.map((p) => p.partNumber);
    const missing = missingParts(assembly.partCount, numbers);
    const final =
      assembly.partCount === null ? ' The final part (F) never came, so the count is unknown.' : '';
    const text =
      `${assembly.messageType} '${assembly.accessReference}' from ${assembly.carrier}: ` +
      `parts ${numbers.join(', ')} arrived` +
      (missing.length > 0 ? `; missing ${missing.join(', ')}.` : '.') +
      final;
    const closed = await this.assemblies.transition(
      assembly.id,
      ['assembling'],
      'incomplete',
      now,
      [{ rule: 'assembly.incomplete', text }],
    );
    if (!closed) return false;
    for (const part of parts) {
      await this.messages.setStatus(part.messageId, 'incomplete', {
        assembly: assembly.id,
        missing: missing.join(' '),
      });
    }
    this.logger.warn(`closed incomplete: ${text}`);
    return true;
  }
}
