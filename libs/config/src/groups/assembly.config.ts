import { IsIntegerInRange } from '../validation/config.decorators';

/** Multi-part messages (UNH 0068 + S010 `01:C` … `nn:F`): how long to wait for missing parts. */
export class AssemblyConfig {
  /** From the first part received; an incomplete set is then closed as incomplete. */
  @IsIntegerInRange(1000) readonly timeoutMs!: number;
  /** How often the worker looks for sets past their timeout. */
  @IsIntegerInRange(100) readonly sweepIntervalMs!: number;
}
