import { AssemblyFinding } from '@app/journal';

interface PartJson {
  travellers?: { role?: string }[];
  totals?: { passengers?: number; crew?: number };
}

const PASSENGER_ROLES = new Set(['passenger', 'in-transit-passenger']);
const CREW_ROLES = new Set(['crew', 'in-transit-crew']);

/**
 * CNT is the flight's total, not the part's (EDIFACT-NOTES, PAXLST CNT): across a whole set the
 * travellers must add up to it. A mismatch is a data-quality finding; the set is still routed.
 */
export function manifestTotalsFindings(partsJson: readonly string[]): AssemblyFinding[] {
  const parts = partsJson.map((text) => JSON.parse(text) as PartJson);
  const counted = { passengers: 0, crew: 0 };
  const declared: { passengers?: number; crew?: number } = {};
  for (const part of parts) {
    for (const traveller of part.travellers ?? []) {
      if (PASSENGER_ROLES.has(traveller.role ?? '')) counted.passengers++;
      if (CREW_ROLES.has(traveller.role ?? '')) counted.crew++;
    }
    declared.passengers ??= part.totals?.passengers;
    declared.crew ??= part.totals?.crew;
  }
  const findings: AssemblyFinding[] = [];
  for (const [what, cnt] of [
    ['passengers', '42'],
    ['crew', '41'],
  ] as const) {
    const total = declared[what];
    if (total !== undefined && total !== counted[what]) {
      findings.push({
        rule: `assembly.totals.${what}`,
        text: `CNT+${cnt} gives ${total} ${what} for the flight, but the ${parts.length} part(s) list ${counted[what]}.`,
      });
    }
  }
  return findings;
}
