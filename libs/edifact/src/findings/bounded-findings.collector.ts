import { DroppedFindings, Finding } from './finding';

/** Findings kept per interchange by default: enough to explain it, bounded whatever it holds. */
export const MAX_FINDINGS = 1000;

/**
 * Keeps the first `cap` syntax faults and the first `cap` warnings added, and counts the rest by
 * kind, so that garbage input costs memory in proportion to the cap, not to its faults. Kept
 * apart so that warnings, however many, never crowd out the faults that decide a verdict.
 */
export class BoundedFindings {
  readonly kept: Finding[] = [];
  readonly dropped: DroppedFindings = { syntax: 0, quality: 0 };
  private readonly held: DroppedFindings = { syntax: 0, quality: 0 };

  constructor(private readonly cap: number = MAX_FINDINGS) {}

  add(finding: Finding): void {
    if (this.held[finding.kind] < this.cap) {
      this.held[finding.kind]++;
      this.kept.push(finding);
    } else this.dropped[finding.kind]++;
  }

  addAll(findings: readonly Finding[]): void {
    for (const finding of findings) this.add(finding);
  }

  /** Keeps a finding past the cap: for the few that close an interchange (at most one each). */
  addPastCap(finding: Finding): void {
    this.kept.push(finding);
  }
}
