import { InspectionOutcome } from '@app/validation';

/** Inspects one interchange's bytes, off the caller's thread where it can. */
export interface InterchangeInspector {
  inspect(bytes: Buffer, now: Date): Promise<InspectionOutcome>;
}

export const INTERCHANGE_INSPECTOR = Symbol('INTERCHANGE_INSPECTOR');
