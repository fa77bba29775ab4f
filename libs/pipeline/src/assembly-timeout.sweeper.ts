import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { CloseOverdueAssembliesUseCase } from '@app/assembly';
import { ASSEMBLY_CONFIG, AssemblyConfig } from '@app/config';
import { PeriodicPassRunner } from './periodic-pass.runner';

/** Closes overdue multi-part sets every `assembly.sweepIntervalMs` in the worker role. */
@Injectable()
export class AssemblyTimeoutSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AssemblyTimeoutSweeper.name);
  private readonly runner = new PeriodicPassRunner((now) => this.sweep(now));

  constructor(
    private readonly closeOverdue: CloseOverdueAssembliesUseCase,
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
      return await this.closeOverdue.execute({ now });
    } catch (error) {
      this.logger.warn(`assembly sweep failed, will retry: ${String(error)}`);
      return 0;
    }
  }
}
