import { IsNonEmptyString } from '../validation/config.decorators';

/** Where paxgate keeps its state; relative paths elsewhere in the configuration resolve here. */
export class DataConfig {
  /** Absolute once loaded (resolved against the working directory). */
  @IsNonEmptyString() readonly dir!: string;
}
