/** A pass over the sets still assembling, as of `now`. */
export interface CloseOverdueAssembliesCommand {
  now: Date;
}
