import { DroppedFindings, Finding, syntaxFinding } from '@app/edifact';

/**
 * Says how many findings were left out past the cap. A fault that cannot be shown cannot explain a
 * rejection, so when any left out is a syntax fault the interchange is rejected as a whole (18).
 */
export function findingsCapFinding(dropped: DroppedFindings, cap: number): Finding {
  const total = dropped.syntax + dropped.quality;
  const message =
    `${total} more findings (${dropped.syntax} syntax faults, ${dropped.quality} warnings) ` +
    `are not listed: an interchange's report keeps its first ${cap}.`;
  if (dropped.syntax === 0) {
    return {
      kind: 'quality',
      severity: 'warning',
      rule: 'inspection.findings-cap',
      message,
      location: {},
    };
  }
  return syntaxFinding(
    'interchange',
    '18',
    'inspection.findings-cap',
    `${message} Correct the faults listed and send the interchange again.`,
    {},
  );
}
