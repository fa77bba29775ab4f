import { IsIntegerInRange } from '../validation/config.decorators';

/** The worker threads that inspect interchanges, off the thread that answers carriers. */
export class InspectionConfig {
  /** Threads at most; 0 is one per core. */
  @IsIntegerInRange(0, 256) readonly threads!: number;
  /** How long one inspection may run; past it the interchange is rejected (18). */
  @IsIntegerInRange(100) readonly timeBudgetMs!: number;
  /** Heap (old generation) of each thread; past it the interchange is rejected (18). */
  @IsIntegerInRange(32) readonly memoryBudgetMb!: number;
}
