import { Describe } from '../schema/describe.decorator';
import { IsIntegerInRange } from '../validation/config.decorators';

@Describe(
  'Worker threads that inspect interchanges, off the thread that answers carriers, each within a time and a memory budget.',
)
export class InspectionConfig {
  @Describe('Inspection threads at most (0: one per core).')
  @IsIntegerInRange(0, 256)
  readonly threads!: number;
  @Describe(
    'How long one inspection may run, in milliseconds; past it the interchange is journaled as rejected (code 18).',
  )
  @IsIntegerInRange(100)
  readonly timeBudgetMs!: number;
  @Describe(
    'Heap (old generation) of each inspection thread, in MB; past it the interchange is journaled as rejected (code 18).',
  )
  @IsIntegerInRange(32)
  readonly memoryBudgetMb!: number;
}
