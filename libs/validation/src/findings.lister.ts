import { DroppedFindings, Finding } from '@app/edifact';

/**
 * The findings a report lists, in the order given: the first syntax faults up to the cap, then
 * the first warnings in the room left, so that what decides the verdict is always shown.
 */
export function listFindings(
  ordered: readonly Finding[],
  cap: number,
): { listed: Finding[]; dropped: DroppedFindings } {
  const faults = ordered.reduce((n, f) => (f.kind === 'syntax' ? n + 1 : n), 0);
  const room = { syntax: Math.min(faults, cap), quality: Math.max(0, cap - faults) };
  const dropped = { syntax: 0, quality: 0 };
  const listed: Finding[] = [];
  for (const finding of ordered) {
    if (room[finding.kind] > 0) {
      room[finding.kind]--;
      listed.push(finding);
    } else dropped[finding.kind]++;
  }
  return { listed, dropped };
}
