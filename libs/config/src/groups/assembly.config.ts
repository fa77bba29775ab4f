import { Describe } from '../schema/describe.decorator';
import { IsIntegerInRange } from '../validation/config.decorators';

/** UNH 0068 + S010 `01:C` … `nn:F`: how long to wait for missing parts. */
@Describe(
  'Multi-part messages (same carrier, message type and UNH common access reference; parts 01:C ... nn:F).',
)
export class AssemblyConfig {
  @Describe(
    'How long after its first part an incomplete set waits before it is closed as incomplete, in ms.',
  )
  @IsIntegerInRange(1000)
  readonly timeoutMs!: number;
  @Describe('How often the worker looks for sets past their timeout, in ms.')
  @IsIntegerInRange(100)
  readonly sweepIntervalMs!: number;
}
