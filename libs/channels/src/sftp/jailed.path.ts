/** The directories of a carrier's tree. */
export type CarrierArea = 'inbox' | 'outbox' | 'archive' | 'quarantine';
export const CARRIER_AREAS: readonly CarrierArea[] = ['inbox', 'outbox', 'archive', 'quarantine'];

/** A carrier's path after the jail accepted it. */
export interface JailedPath {
  /** Normalised, as the carrier sees it: `/`, `/inbox`, `/inbox/x.edi`. */
  readonly virtual: string;
  /** Where it is on disk, inside the carrier's home. */
  readonly real: string;
  /** Undefined for the carrier's root (`/`). */
  readonly area: CarrierArea | undefined;
  /** Names below the area: [] for the area itself, ['x.edi'] for a file in it. */
  readonly below: readonly string[];
}
