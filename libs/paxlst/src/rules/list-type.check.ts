import { valueAt } from '@app/edifact';
import { COUNT_QUALIFIERS } from '../code-lists/paxlst-code-lists';
import { PaxlstManifest } from '../model/paxlst-manifest';
import { PaxlstFindings } from '../reading/paxlst-findings.collector';
import { PlacedSegment } from '../reading/placed-segment';

type ListKind = 'passenger' | 'crew';

function listKind(documentName: string): ListKind | undefined {
  if (documentName === '745') return 'passenger';
  if (documentName === '250' || documentName === '336') return 'crew';
  return undefined;
}

/**
 * BGM 745 lists FL/DDU and counts CNT 42; 250 (and 336) list FM/DDT and count CNT 41. The value
 * is valid in its own list but not in this message, so: 14 at the segment that carries it.
 */
export function checkListType(
  manifest: PaxlstManifest,
  counts: PlacedSegment[],
  findings: PaxlstFindings,
): void {
  const code = manifest.message.documentName.code;
  const kind = listKind(code);
  if (kind === undefined) return;
  const list = `${kind} list (BGM ${code})`;
  const expectedRoles = kind === 'crew' ? 'FM or DDT' : 'FL or DDU';
  for (const traveller of manifest.travellers) {
    const crew = traveller.roleCode === 'FM' || traveller.roleCode === 'DDT';
    if (crew === (kind === 'crew')) continue;
    const text = `NAD ${traveller.roleCode} (${traveller.role}) does not belong in a ${list}; ${expectedRoles} expected.`;
    findings.segment(
      '14',
      'paxlst.list-type.party',
      text,
      'NAD',
      traveller.position,
      traveller.roleCode,
    );
  }
  const expected = kind === 'crew' ? COUNT_QUALIFIERS.crew : COUNT_QUALIFIERS.passengers;
  const other = kind === 'crew' ? COUNT_QUALIFIERS.passengers : COUNT_QUALIFIERS.crew;
  for (const at of counts) {
    if (valueAt(at.segment, 1) !== other) continue;
    const text = `CNT ${other} (total ${kind === 'crew' ? 'passengers' : 'crew'}) does not go with a ${list}; CNT ${expected} expected.`;
    findings.segment('14', 'paxlst.list-type.count', text, 'CNT', at.position, other);
  }
}
