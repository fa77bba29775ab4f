import { InspectionOutcome } from '@app/validation';

/**
 * Inspects one interchange's bytes, off the caller's thread where it can. `sender` (the carrier
 * the channel authenticated) lets one carrier's inputs wait their turn behind others'.
 */
export interface InterchangeInspector {
  inspect(bytes: Buffer, now: Date, sender?: string): Promise<InspectionOutcome>;
}

export const INTERCHANGE_INSPECTOR = Symbol('INTERCHANGE_INSPECTOR');
