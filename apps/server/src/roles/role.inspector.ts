import { OnApplicationShutdown } from '@nestjs/common';
import { InspectionConfig } from '@app/config';
import { InterchangeInspector } from '@app/ingest';
import { InlineInspector, InspectionOutcome, InspectionPool } from '@app/validation';
import { availableParallelism } from 'node:os';

/**
 * The ingest port's inspector for a role: a pool of threads started from the program's own file,
 * or, with no such file (specs run in Jest), inspection on the calling thread.
 */
export class RoleInspector implements InterchangeInspector, OnApplicationShutdown {
  private readonly inspector: InspectionPool | InlineInspector;

  constructor(config: InspectionConfig, threadScript: string | undefined) {
    this.inspector =
      threadScript === undefined
        ? new InlineInspector()
        : new InspectionPool({
            script: threadScript,
            threads: config.threads === 0 ? availableParallelism() : config.threads,
            timeBudgetMs: config.timeBudgetMs,
            memoryBudgetMb: config.memoryBudgetMb,
          });
  }

  inspect(bytes: Buffer, now: Date, sender?: string): Promise<InspectionOutcome> {
    return this.inspector.inspect(bytes, now, sender);
  }

  // After every channel has drained (their hooks run first), so no ingest is left waiting.
  onApplicationShutdown(): Promise<void> {
    return this.inspector.close();
  }
}
