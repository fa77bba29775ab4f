/**
 * A multi-part message being put back together (UNH 0068 common access reference, S010
 * `01:C` … `nn:F`). `forced`: a technician routed it incomplete.
 */
export type AssemblyStatus = 'assembling' | 'complete' | 'incomplete' | 'forced';

/** The parts of one manifest share these (EDIFACT-NOTES "Multi-part"). */
export interface AssemblyKey {
  /** The carrier id, or the UNB sender when the interchange named no carrier. */
  carrier: string;
  messageType: string;
  accessReference: string;
}

/** Something found about the set as a whole: a missing part, totals that disagree. */
export interface AssemblyFinding {
  rule: string;
  text: string;
}

export interface Assembly extends AssemblyKey {
  id: string;
  status: AssemblyStatus;
  /** n, once the final part (F) has arrived. */
  partCount: number | null;
  openedAt: Date;
  deadlineAt: Date;
  closedAt: Date | null;
  findings: AssemblyFinding[];
}

export interface AssemblyPart {
  partNumber: number;
  messageId: string;
  last: boolean;
  addedAt: Date;
}

/** One part offered to its set. */
export interface OfferedPart {
  messageId: string;
  partNumber: number;
  last: boolean;
}

/** What became of an offered part. */
export type PartAdmission =
  /** Taken into the set; `assembly` is the set after it (perhaps now complete). */
  | { kind: 'added'; assembly: Assembly }
  /** This very message is already in the set (its routing job ran again). */
  | { kind: 'again'; assembly: Assembly }
  /** Another message already holds this part number; this one is ignored. */
  | { kind: 'duplicate'; assembly: Assembly; heldBy: string }
  /** The set was closed (complete, timed out or forced) before this part came. */
  | { kind: 'late'; assembly: Assembly };

/** Parts 1..n with n known and none missing. */
export function missingParts(partCount: number | null, numbers: readonly number[]): number[] {
  const have = new Set(numbers);
  const upTo = partCount ?? Math.max(0, ...numbers);
  const missing: number[] = [];
  for (let n = 1; n <= upTo; n++) if (!have.has(n)) missing.push(n);
  return missing;
}
